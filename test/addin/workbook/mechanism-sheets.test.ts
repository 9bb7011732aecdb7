import { describe, expect, it } from "vitest";
import { markRefusals, readSnapshot, writeTable } from "../../../addin/workbook";
import { meetingRows, topicRows } from "../../../addin/sync/meetings-shape";
import { researchRows } from "../../../addin/sync/mechanisms-shape";
import type { MeetingWire, TopicWire } from "../../../schema/contracts/meetings";
import type { ResearchWire } from "../../../schema/contracts/research";
import { createMockWorkbook } from "./mock-workbook";

// The mechanism sheets a user types on: 会议 (the office's attendance), 议题 (a unit's proposals,
// the office's decisions), 联合调研 (a party's answer). Wire rows as the API answers them.
const meeting: MeetingWire = {
  id: 3,
  kind: "联席会议",
  date: "2026-03-10",
  convener: "县长 王某",
  place: "县政府第一会议室",
  invited: [
    { unit: "县法院", status: "出席", delegate: null },
    { unit: "县财政局", status: "委派代表出席", delegate: "李四" },
    { unit: "县科商经信局", status: null, delegate: null },
  ],
  agenda: [],
  minutes: null,
  version: 2,
};
const topics: TopicWire[] = [
  { id: 7, title: "涉企破产案件财产处置", description: "请研究资产处置中的税费问题", proposer: "县法院", meeting: 3, status: "待处理", reason: null },
  { id: 8, title: "行政复议衔接", description: "……", proposer: "县司法局", meeting: null, status: "不予采纳", reason: "已列入年度计划" },
];
const research: ResearchWire = {
  id: 4,
  topic: "破产案件府院协调中的共性问题",
  lead: "县法院",
  units: ["办公室", "县法院"],
  status: "调研中",
  docNo: null,
  issuedOn: null,
  version: 3,
  draft: { version: 2, kind: "调研报告", title: "调研报告（二稿）", text: "……", attachment: null, on: "2026-03-02", approvalsDue: "2026-03-16", provisional: false },
  approvals: [
    { unit: "办公室", decision: null, opinion: null, on: null, onTime: null },
    { unit: "县法院", decision: "同意", opinion: null, on: "2026-03-03", onTime: true },
  ],
  pending: ["办公室"],
};

const rule = (wb: ReturnType<typeof createMockWorkbook>, sheet: string, address: string) => wb.sheet(sheet).validations.find((v) => v.address === address);

describe("会议: attendance the office records on the sheet", () => {
  it("shows one row per invited unit, keyed by meeting and unit, with the meeting's fields, 出席情况 and 委派代表 to type and a 校验意见 column", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "meetings", meetingRows([meeting]));
    expect(wb.values("会议", "A1:L1")).toEqual([["行号", "会议编号", "会议类型", "会议日期", "召集人", "地点", "纪要编号", "受邀单位", "出席情况", "委派代表", "版本", "校验意见"]]);
    expect(wb.values("会议", "A2:A4")).toEqual([["3/县法院"], ["3/县财政局"], ["3/县科商经信局"]]);
    expect(wb.values("会议", "H3:J3")).toEqual([["县财政局", "委派代表出席", "李四"]]);
    const locked = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"].map((c) => wb.cell("会议", `${c}2`).locked);
    expect(locked).toEqual([true, true, false, false, false, false, true, false, false, false, true]);
    expect([wb.cell("会议", "I2").fill, wb.cell("会议", "G2").fill]).toEqual([null, "#D9D9D9"]);
    // Ten spare rows for a new meeting.
    expect(wb.tables.get("FuyuanMeetings")).toMatchObject({ address: "A1:L14" });
  });

  it("offers the four attendance statuses as a dropdown and refuses anything else", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "meetings", meetingRows([meeting]), { lists: { units: ["县法院", "县财政局"] } });
    expect(rule(wb, "会议", "I2:I14")?.rule).toEqual({ list: { inCellDropDown: true, source: "=List_Attendance" } });
    expect(rule(wb, "会议", "I2:I14")?.errorAlert).toMatchObject({ style: "Stop", title: "出席情况无效" });
    const at = wb.names.get("List_Attendance")!;
    const address = at.replace(/^='列表'!/, "").replaceAll("$", "");
    expect(wb.values("列表", address).map((r) => r[0])).toEqual(["出席", "委派代表出席", "请假", "缺席"]);
    expect(rule(wb, "会议", "C2:C14")?.rule).toEqual({ list: { inCellDropDown: true, source: "=List_MeetingKinds" } });
    // 受邀单位 advises the units (a new meeting names several in one cell, so it is an Information alert).
    expect(rule(wb, "会议", "H2:H14")?.errorAlert).toMatchObject({ style: "Information" });
  });

  it("marks a refused unit on its row's 受邀单位 cell and writes the reason in 校验意见", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "meetings", meetingRows([meeting]));
    await markRefusals(wb.context, "meetings", [{ rowKey: 2, column: "unit", message: "“县科商经信局”未受邀参加该会议，不能填写出席情况" }], [2]);
    expect(wb.cell("会议", "H4").fill).toBe("#FF9999");
    expect(wb.values("会议", "L2:L4")).toEqual([[""], [""], ["“县科商经信局”未受邀参加该会议，不能填写出席情况"]]);
  });

  it("keeps its pull snapshot in the workbook, so a reopened workbook still pushes only what changed", async () => {
    const wb = createMockWorkbook();
    const rows = meetingRows([meeting]);
    await writeTable(wb.context, "meetings", rows, { snapshot: rows });
    const { rows: kept } = await readSnapshot(wb.context);
    expect(kept.get("meetings")?.map((r) => [r.key, r.attendance, r.delegate])).toEqual([
      ["3/县法院", "出席", ""],
      ["3/县财政局", "委派代表出席", "李四"],
      ["3/县科商经信局", "", ""],
    ]);
  });
});

describe("议题: proposals typed as new rows, decisions in 处理结果", () => {
  it("leaves spare rows for new topics and unlocks the proposal and decision columns only", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "topics", topicRows(topics), { lists: { meetings: [3, 5] } });
    expect(wb.values("议题", "A1:H1")).toEqual([["议题编号", "议题", "说明", "提出单位", "会议编号", "处理结果", "不予采纳理由", "校验意见"]]);
    expect(wb.tables.get("FuyuanTopics")).toMatchObject({ address: "A1:H23" });
    const locked = ["A", "B", "C", "D", "E", "F", "G", "H"].map((c) => wb.cell("议题", `${c}2`).locked);
    expect(locked).toEqual([true, false, false, true, false, false, false, true]);
  });

  it("offers 列入议程 / 不予采纳 in 处理结果 and the caller's meetings in 会议编号", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "topics", topicRows(topics), { lists: { meetings: [3, 5] } });
    expect(rule(wb, "议题", "F2:F23")?.rule).toEqual({ list: { inCellDropDown: true, source: "=List_TopicDecisions" } });
    expect(rule(wb, "议题", "E2:E23")?.rule).toEqual({ list: { inCellDropDown: true, source: "=List_Meetings" } });
    const values = (name: string) => wb.values("列表", wb.names.get(name)!.replace(/^='列表'!/, "").replaceAll("$", "")).map((r) => r[0]);
    expect(values("List_TopicDecisions")).toEqual(["列入议程", "不予采纳"]);
    expect(values("List_Meetings")).toEqual([3, 5]);
  });
});

describe("联合调研: a party's answer on its own row", () => {
  it("unlocks 审定意见 and 意见 with a 同意 / 不同意 dropdown, the rest stays the server's", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "research", researchRows([research]));
    expect([wb.cell("联合调研", "I2").locked, wb.cell("联合调研", "J2").locked, wb.cell("联合调研", "G2").locked]).toEqual([false, false, true]);
    expect(rule(wb, "联合调研", "I2:I3")?.rule).toEqual({ list: { inCellDropDown: true, source: "=List_Approvals" } });
    expect(wb.values("联合调研", "P1")).toEqual([["校验意见"]]);
  });

  it("marks a stale draft on 稿次 with the server's reason", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "research", researchRows([research]));
    await markRefusals(wb.context, "research", [{ rowKey: "4/办公室", column: "draftVersion", message: "审定的是第 2 稿，当前为第 3 稿，请审阅新稿后再提交" }], ["4/办公室"]);
    expect(wb.cell("联合调研", "G2").fill).toBe("#FF9999");
    expect(wb.values("联合调研", "P2:P3")).toEqual([["审定的是第 2 稿，当前为第 3 稿，请审阅新稿后再提交"], [""]]);
  });
});
