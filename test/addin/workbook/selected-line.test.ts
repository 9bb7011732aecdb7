import { describe, expect, it } from "vitest";
import { markUnitCell, selectedLine, writeSummary, writeTable, type SummaryPayload } from "../../../addin/workbook";
import { REFUSAL_FILL, SERVER_FILL } from "../../../addin/workbook/layouts";
import { matter } from "./fixtures";
import { createMockWorkbook } from "./mock-workbook";

const unitRow = (name: string) => ({ name, kind: "成员单位", member: true, aliases: [], groups: [], liaison: "", liaisonPhone: "" });
const ranked = (unit: string, rank: number | null, score: number | null) => ({ unit, score, grade: score === null ? "未参评" : "良好", rank, assessed: true });
const progress = { tasks: 0, reports: 0, mattersOpen: 0, settledOnTime: 0, settledLate: 0, overdue: 0 };
const SUMMARY: SummaryPayload = {
  year: 2026,
  ranking: [ranked("县法院", 1, 95), ranked("县司法局", 2, 81), ranked("县档案馆", null, null)],
  domains: [{ domain: "诉源治理", ...progress }],
  tasks: [],
  overdue: [],
  onTimeRate: [],
  meetings: { held: [], decisions: { total: 0, settled: 0, open: 0, overdue: 0, notTurned: 0 }, jointMeetingMissing: null },
};

async function ledger() {
  const wb = createMockWorkbook();
  await writeTable(wb.context, "matters", [matter(3, { version: 4 }), matter(8)]);
  await writeTable(wb.context, "units", [unitRow("县法院"), unitRow("县财政局")]);
  await writeSummary(wb.context, SUMMARY, [], { pulledAt: "2026-12-01 09:00" });
  return wb;
}

/** The one-based header row and zero-based first column of a table of the mock. */
const tableAt = (wb: ReturnType<typeof createMockWorkbook>, table: string) => {
  const m = /^([A-Z]+)(\d+)/.exec(wb.tables.get(table)!.address)!;
  return { row: Number(m[2]), column: m[1]! };
};

describe("selectedLine: the row the office acts on", () => {
  it("reads a matter's 编号 and the 版本 the sheet shows, whichever column is selected", async () => {
    const wb = await ledger();
    wb.selection = { sheet: "督办事项", address: "E2" };
    expect(await selectedLine(wb.context)).toEqual({ ok: true, kind: "matter", id: 3, version: 4 });
    wb.selection = { sheet: "督办事项", address: "A3" };
    expect(await selectedLine(wb.context)).toEqual({ ok: true, kind: "matter", id: 8, version: 1 });
  });

  it("reads a unit from 成员单位 and from 考评汇总's ranking, with the cell to mark", async () => {
    const wb = await ledger();
    wb.selection = { sheet: "成员单位", address: "C3" };
    expect(await selectedLine(wb.context)).toEqual({ ok: true, kind: "unit", unit: "县财政局", sheet: "units", at: "A3" });
    const ranking = tableAt(wb, "FuyuanRanking");
    wb.selection = { sheet: "考评汇总", address: `C${ranking.row + 2}` };
    expect(await selectedLine(wb.context)).toEqual({ ok: true, kind: "unit", unit: "县司法局", sheet: "summary", at: `B${ranking.row + 2}` });
  });

  it("says in Chinese what to select elsewhere: another sheet, a header, outside the tables, a row not submitted", async () => {
    const wb = await ledger();
    wb.selection = { sheet: "督办事项", address: "B1" };
    expect(await selectedLine(wb.context)).toMatchObject({ ok: false, message: expect.stringContaining("不在“督办事项”表的数据行中") });
    wb.selection = { sheet: "考评汇总", address: "A1" };
    expect(await selectedLine(wb.context)).toMatchObject({ ok: false, message: expect.stringContaining("不在“考评汇总”表的数据行中") });
    wb.typeInto("督办事项", "B4", "新交办的事项");
    wb.selection = { sheet: "督办事项", address: "B4" };
    expect(await selectedLine(wb.context)).toEqual({ ok: false, message: "该行还没有编号（尚未提交到服务器），请先提交修改。" });
    await writeTable(wb.context, "tasks", [{ no: 1, domain: "甲", title: "乙", lead: "县法院", units: [], text: "" }]);
    wb.selection = { sheet: "重点工作", address: "B2" };
    expect(await selectedLine(wb.context)).toEqual({ ok: false, message: "请先在“督办事项”中选中一件事项，或在“成员单位”“考评汇总”中选中一家单位所在的行。" });
  });

  it("marks a refused unit's cell red and gives it back its fill when cleared", async () => {
    const wb = await ledger();
    await markUnitCell(wb.context, "units", "A3", true);
    expect(wb.cell("成员单位", "A3").fill).toBe(REFUSAL_FILL);
    await markUnitCell(wb.context, "units", "A3", false);
    expect(wb.cell("成员单位", "A3").fill).toBe(SERVER_FILL);
  });
});
