import { describe, expect, it } from "vitest";
import { changedRows, readSnapshot, readTable, writeTable } from "../../../addin/workbook";
import { matterRows } from "../../../addin/sync/ledger-shape";
import { taskProgressRows } from "../../../addin/sync/task-progress";
import { buildWorkCalendar } from "../../../domain/calendar";
import type { MatterWire } from "../../../schema/contracts/matters";
import { SNAPSHOT_SHEET } from "../../../addin/workbook/snapshot-store";
import { matter } from "./fixtures";
import { createMockWorkbook } from "./mock-workbook";

const report = (id: number, period: string) => ({ id, unit: "县法院", task: 17, taskTitle: "优化法治化营商环境", period, progress: "已召开联席会议", problems: "", plan: "", submittedOn: "2026-10-12", version: 1 });
const PERIODS = ["2026年第四季度", "2026年第三季度", "2026年第二季度", "2026年第一季度"];

describe("进展报送: 报送期次 as a dropdown of the open periods", () => {
  it("offers the open periods as Chinese labels from the 列表 sheet and lets the code typed through with a note", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "reports", [report(1, "2026-Q3")], { lists: { periods: PERIODS } });
    expect(wb.values("进展报送", "D1:E1")).toEqual([["重点工作", "报送期次"]]);
    const rule = wb.sheet("进展报送").validations.find((v) => v.address === "E2:E52");
    expect(rule?.rule).toEqual({ list: { inCellDropDown: true, source: "=List_Periods" } });
    expect(rule?.errorAlert).toMatchObject({ showAlert: true, style: "Information" });
    expect(wb.values("列表", "D1:D5")).toEqual([["报送期次"], ...PERIODS.map((p) => [p])]);
  });

  it("shows the period as 2026年第三季度 and the task title beside the task number, and reads the code back", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "reports", [report(1, "2026-Q3"), report(2, "2026-11")], { lists: { periods: PERIODS } });
    expect(wb.values("进展报送", "C2:E3")).toEqual([[17, "优化法治化营商环境", "2026年第三季度"], [17, "优化法治化营商环境", "2026年11月"]]);
    const rows = await readTable(wb.context, "reports");
    expect(rows.map((r) => r.period)).toEqual(["2026-Q3", "2026-11"]);
  });

  it("reads a label chosen from the dropdown or a code typed as the wire's code, and anything else as typed", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "reports", [], { lists: { periods: PERIODS } });
    wb.typeInto("进展报送", "B2", "县法院");
    wb.typeInto("进展报送", "E2", "2026年第四季度");
    wb.typeInto("进展报送", "B3", "县法院");
    wb.typeInto("进展报送", "E3", "2026-q4");
    wb.typeInto("进展报送", "B4", "县法院");
    wb.typeInto("进展报送", "E4", "四季度");
    expect((await readTable(wb.context, "reports")).map((r) => r.period)).toEqual(["2026-Q4", "2026-Q4", "四季度"]);
  });

  it("does not count a pulled report as changed because its period shows as a label", async () => {
    const wb = createMockWorkbook();
    const rows = [report(1, "2026-Q3")];
    await writeTable(wb.context, "reports", rows, { snapshot: rows });
    expect(changedRows(await readTable(wb.context, "reports"), rows, "reports")).toEqual([]);
  });
});

describe("督办事项: what a clerk checks beside each matter", () => {
  const wire = [
    matter(1, { state: "逾期", workdaysLeft: -6, sourceRef: "县府院联动〔2026〕3号", extensions: [{ id: 1, reason: "…", days: 5, status: "已批准", decisionNote: null, previousDeadline: "2026-03-16", newDeadline: "2026-03-23", requestedAt: 0, decidedAt: 1 }] }),
    matter(2, { state: "临期", workdaysLeft: 1, contributions: [{ unit: "县公安局", contribution: "已完成现场勘验", at: Date.parse("2026-03-10T02:00:00Z") }] }),
    matter(3, { state: "逾期办结", status: "已办结", workdaysLeft: null, settled: "2026-03-20", onTime: false }),
  ] as unknown as MatterWire[];

  it("writes 催办, 剩余工作日, 逾期天数, 延期 and 协办反馈 in the server's grey block, 来源文号 beside them to type on a new row", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", matterRows(wire));
    expect(wb.values("督办事项", "Q1:V4")).toEqual([
      ["催办", "剩余工作日", "逾期天数（工作日）", "延期", "协办反馈", "来源文号"],
      ["严重逾期", "", 6, "延期至 2026-03-23（已批准）", "", "县府院联动〔2026〕3号"],
      ["临期", 1, "", "", "县公安局（2026-03-10）：已完成现场勘验", ""],
      ["", "", "", "", "", ""],
    ]);
    expect(["Q2", "T2", "U2"].map((a) => wb.cell("督办事项", a).fill)).toEqual(["#D9D9D9", "#D9D9D9", "#D9D9D9"]);
    expect(wb.cell("督办事项", "V2").fill).not.toBe("#D9D9D9");
    expect(["T2", "U2"].map((a) => wb.cell("督办事项", a).wrap)).toEqual([true, true]);
  });

  it("colours a matter settled late (逾期办结) orange", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", matterRows(wire));
    const late = wb.sheet("督办事项").conditionalFormats.find((f) => f.formula === '=$O2="逾期办结"');
    expect(late).toMatchObject({ fill: "#F8CBAD", font: "#833C0B" });
  });

  it("still reads a snapshot saved before these columns existed, and finds no change in an untouched row", async () => {
    const wb = createMockWorkbook();
    const rows = matterRows(wire);
    await writeTable(wb.context, "matters", rows, { snapshot: rows });
    // An older add-in kept only the earlier columns in the snapshot.
    const old = ["id", "title", "task", "source", "lead", "co", "assigned", "days", "settled", "result", "deadline", "originalDeadline", "provisional", "status", "state", "onTime", "version"];
    const cells = rows.map((r) => [JSON.stringify(Object.fromEntries(old.map((k) => [k, r[k] ?? null])))]);
    const snap = wb.sheet(SNAPSHOT_SHEET);
    expect(snap).toBeDefined();
    wb.typeInto(SNAPSHOT_SHEET, "B2", cells[0]![0]!);
    wb.typeInto(SNAPSHOT_SHEET, "B3", cells[1]![0]!);
    wb.typeInto(SNAPSHOT_SHEET, "B4", cells[2]![0]!);
    const saved = (await readSnapshot(wb.context)).rows.get("matters")!;
    expect(saved).toHaveLength(3);
    expect(saved[0]).not.toHaveProperty("reminder");
    expect(changedRows(await readTable(wb.context, "matters"), saved, "matters")).toEqual([]);
  });
});

describe("重点工作: progress at a glance", () => {
  const tasks = [
    { no: 19, domain: "营商环境", title: "优化营商环境", text: "……", units: [{ name: "县经信局", unit: "县科商经信局", group: false, lead: true }, { name: "县财政局", unit: "县财政局", group: false, lead: false }] },
    { no: 20, domain: "营商环境", title: "护航民营经济", text: "……", units: [{ name: "县法院", unit: "县法院", group: false, lead: true }] },
  ];
  const rows = () =>
    taskProgressRows(tasks, {
      units: [],
      reports: [{ id: 1, unit: "县法院", task: 20, period: "2026-Q3", progress: "…", problems: "", plan: "", submittedOn: "2026-10-10", version: 1 }],
      matters: [matter(1, { task: 20, state: "逾期" })] as unknown as MatterWire[],
      cycle: "quarterly",
      duties: [],
      calendar: buildWorkCalendar([]),
      today: "2026-11-26",
    });

  it("shows status, the period judged, reports received of due, the units missing and the matters, beside the title", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "tasks", rows());
    expect(wb.values("重点工作", "C1:L3")).toEqual([
      ["重点工作", "进展状态", "最近到期期次", "已报/应报", "未报单位", "在办事项", "逾期事项", "牵头单位", "责任单位", "计划原文单位名称"],
      ["优化营商环境", "缺报", "2026年第三季度", "0/1", "县科商经信局", 0, 0, "县科商经信局", "县科商经信局、县财政局", "县经信局 → 县科商经信局"],
      ["护航民营经济", "有逾期", "2026年第三季度", "1/1", "", 1, 1, "县法院", "县法院", ""],
    ]);
  });

  it("colours a task with reports missing yellow and one with overdue matters red, and leaves tasks on course white", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "tasks", rows());
    const formats = wb.sheet("重点工作").conditionalFormats.map((f) => [f.formula, f.fill]);
    expect(formats).toEqual([
      ['=$D2="缺报"', "#FFEB9C"],
      ['=$D2="有逾期"', "#FFC7CE"],
      ['=$D2="有逾期、缺报"', "#FFC7CE"],
    ]);
    expect(wb.cell("重点工作", "A2").fill).toBeNull();
  });
});
