import { describe, expect, it } from "vitest";
import { readTable, writeTable } from "../../../addin/workbook";
import { calendarEdits, calendarNote, calendarRows } from "../../../addin/sync/calendar-shape";
import { serialOfIso } from "../../../addin/shared/excel-date";
import { createMockWorkbook } from "./mock-workbook";

const year = {
  year: 2026,
  source: "国务院办公厅关于2026年部分节假日安排的通知",
  off: ["2026-01-01", "2026-01-02", "2026-01-03", "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23"],
  work: ["2026-01-04", "2026-02-14", "2026-02-28"],
};

describe("节假日: one row per holiday period", () => {
  it("shows each period's name, days off from–to, count and make-up workdays, with the years loaded beside", async () => {
    const wb = createMockWorkbook();
    const rows = calendarRows([year]);
    await writeTable(wb.context, "calendar", rows, { snapshot: rows, note: calendarNote([year], "2026-12-01") });
    expect(wb.values("节假日", "A1:F3")).toEqual([
      ["年份", "节日", "放假开始", "放假结束", "天数", "调休上班"],
      [2026, "元旦", serialOfIso("2026-01-01"), serialOfIso("2026-01-03"), 3, "2026-01-04"],
      [2026, "春节", serialOfIso("2026-02-15"), serialOfIso("2026-02-23"), 9, "2026-02-14、2026-02-28"],
    ]);
    expect(wb.values("节假日", "J1")).toEqual([["已载入 2026–2026 年节假日安排（共 1 年）。2027 年尚未载入：国务院办公厅发布 2027 年节假日安排后（通常在 11–12 月），请在本表填写后点“载入节假日”；载入前跨入 2027 年的截止日期为暂定。"]]);
    expect(wb.cell("节假日", "J1").wrap).toBe(true);
    expect(["B2", "E2", "G2"].map((a) => wb.cell("节假日", a).fill)).toEqual(["#D9D9D9", "#D9D9D9", "#D9D9D9"]);
    expect(["A2", "C2", "F2"].map((a) => wb.cell("节假日", a).fill)).toEqual([null, null, null]);
  });

  it("reads a period the office typed back as the days PUT sends, make-up days listed with 、", async () => {
    const wb = createMockWorkbook();
    const rows = calendarRows([year]);
    await writeTable(wb.context, "calendar", rows, { snapshot: rows });
    wb.typeInto("节假日", "A4", 2027);
    wb.typeInto("节假日", "C4", serialOfIso("2027-01-01")!);
    wb.typeInto("节假日", "D4", serialOfIso("2027-01-03")!);
    wb.typeInto("节假日", "F4", "2027-01-04，2027-01-09");
    const current = await readTable(wb.context, "calendar");
    const typed = current.find((r) => r._row === 2)!;
    expect(typed).toMatchObject({ year: 2027, from: "2027-01-01", to: "2027-01-03", work: ["2027-01-04", "2027-01-09"] });
    const { edits } = calendarEdits(current, [typed], (r) => r._row as number);
    expect(edits).toEqual([{ year: 2027, off: ["2027-01-01", "2027-01-02", "2027-01-03"], work: ["2027-01-04", "2027-01-09"], offRows: [2, 2, 2], workRows: [2, 2] }]);
  });
});
