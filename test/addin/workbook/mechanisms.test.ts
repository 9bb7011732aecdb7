import { describe, expect, it } from "vitest";
import { writeTable } from "../../../addin/workbook";
import { researchRows, taskforceRows } from "../../../addin/sync/mechanisms-shape";
import type { ResearchWire } from "../../../schema/contracts/research";
import type { TaskforceWire } from "../../../schema/contracts/taskforces";
import { createMockWorkbook } from "./mock-workbook";

// Wire rows as GET /api/v1/research and /api/v1/taskforces answer them.
const item: ResearchWire = {
  id: 4,
  topic: "破产案件府院协调中的共性问题",
  lead: "县法院",
  units: ["办公室", "县法院", "县财政局"],
  status: "调研中",
  docNo: null,
  issuedOn: null,
  version: 3,
  draft: { version: 2, kind: "调研报告", title: "调研报告（二稿）", text: "……", attachment: null, on: "2026-03-02", approvalsDue: "2026-03-16", provisional: false },
  approvals: [
    { unit: "办公室", decision: "同意", opinion: null, on: "2026-03-03", onTime: true },
    { unit: "县法院", decision: "不同意", opinion: "第三部分需补充数据", on: "2026-03-17", onTime: false },
    { unit: "县财政局", decision: null, opinion: null, on: null, onTime: null },
  ],
  pending: ["县法院", "县财政局"],
};
const force: TaskforceWire = {
  id: 2,
  name: "某企业破产重整工作专班",
  serves: "某企业破产重整案",
  matter: null,
  status: "运行中",
  endedOn: null,
  endNote: null,
  version: 1,
  members: [
    { person: 11, name: "周科长", unit: "县财政局", side: "政府", role: "组长" },
    { person: 12, name: "陈法官", unit: "县法院", side: "法院", role: "成员" },
  ],
  matters: [
    { id: 30, title: "协调处置抵押资产", lead: "县科商经信局", deadline: "2026-03-16", status: "办理中", state: "逾期", colour: "red", settled: null, served: false },
    { id: 31, title: "职工安置", lead: "县人社局", deadline: "2026-03-10", status: "已办结", state: "按期办结", colour: "green", settled: "2026-03-09", served: true },
  ],
  log: [
    { id: 1, on: "2026-03-02", kind: "会议", text: "召开第一次会议", at: 0 },
    { id: 2, on: "2026-03-05", kind: "行动", text: "赴企业现场核查资产", at: 0 },
  ],
};

describe("联合调研: one row per research item and party", () => {
  it("writes each party's answer to the current draft under Chinese headers, the office first, 待审定 for no answer", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "research", researchRows([item]));
    expect(wb.values("联合调研", "A1:O1")).toEqual([
      ["行号", "调研编号", "调研课题", "牵头单位", "文稿类别", "文稿标题", "稿次", "审定单位", "审定意见", "意见", "审定日期", "审定期限", "按时审定", "状态", "发文字号"],
    ]);
    expect(wb.values("联合调研", "H2:M4")).toEqual([
      ["办公室", "同意", "", 46084, 46097, "是"],
      ["县法院", "不同意", "第三部分需补充数据", 46098, 46097, "否"],
      ["县财政局", "待审定", "", "", 46097, ""],
    ]);
    expect(wb.values("联合调研", "A2:A4")).toEqual([["4/办公室"], ["4/县法院"], ["4/县财政局"]]);
    expect(wb.tables.get("FuyuanResearch")).toMatchObject({ sheet: "联合调研", address: "A1:P4" });
  });

  it("colours a row green when the party agreed, red when it did not, yellow while it has not answered", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "research", researchRows([item]));
    expect(wb.sheet("联合调研").conditionalFormats.map((f) => [f.formula, f.fill])).toEqual([
      ['=$I2="同意"', "#C6EFCE"],
      ['=$I2="不同意"', "#FFC7CE"],
      ['=$I2="待审定"', "#FFEB9C"],
    ]);
  });

  it("locks every cell but a party's answer (审定意见, 意见): the draft and the dates are the server's", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "research", researchRows([item]));
    expect([wb.cell("联合调研", "I2").locked, wb.cell("联合调研", "J2").locked]).toEqual([false, false]);
    expect(["A", "G", "H", "K", "N"].map((c) => wb.cell("联合调研", `${c}2`).locked)).toEqual([true, true, true, true, true]);
  });

  it("shows the document number on every row of an issued item", () => {
    const issued = researchRows([{ ...item, status: "已发文", docNo: "金府院发〔2026〕1号" }]);
    expect(issued.map((r) => [r.status, r.docNo])).toEqual(Array(3).fill(["已发文", "金府院发〔2026〕1号"]));
  });
});

describe("专班: one row per task force", () => {
  it("writes its leaders, members, matters with their state, open count and latest log entry", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "taskforces", taskforceRows([force]));
    expect(wb.values("专班", "A1:N1")).toEqual([["编号", "专班名称", "服务案件或事项", "服务事项编号", "状态", "组长", "成员", "结束说明", "关联事项", "未办结事项", "最近工作", "结束日期", "版本", "校验意见"]]);
    expect(wb.values("专班", "A2:K2")).toEqual([
      [2, "某企业破产重整工作专班", "某企业破产重整案", "", "运行中", "周科长（县财政局·政府）", "陈法官（县法院·法院）", "", "#30 协调处置抵押资产（逾期）、#31 职工安置（按期办结）", 1, "2026-03-05 行动：赴企业现场核查资产"],
    ]);
  });

  it("colours a running task force green and an ended one grey", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "taskforces", taskforceRows([force, { ...force, id: 3, status: "已结束", endedOn: "2026-04-01" }]));
    expect(wb.sheet("专班").conditionalFormats.map((f) => [f.formula, f.fill])).toEqual([
      ['=$E2="运行中"', "#C6EFCE"],
      ['=$E2="已结束"', "#D9D9D9"],
    ]);
    expect(wb.values("专班", "E3:E3")).toEqual([["已结束"]]);
  });
});
