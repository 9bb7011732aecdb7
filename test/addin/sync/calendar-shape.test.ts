import { describe, expect, it } from "vitest";
import { calendarEdits, calendarNote, calendarRows, calendarWarning, isDaySnapshot } from "../../../addin/sync/calendar-shape";

const y2026 = { year: 2026, source: "国办发明电〔2025〕7号", off: ["2026-10-02", "2026-10-01", "2026-01-01", "2026-10-03"], work: ["2026-09-27", "2026-01-04"] };
const at = (i: number, row: Record<string, unknown>) => ({ _row: i, year: null, from: null, to: null, work: [], ...row });
const index = (r: Record<string, unknown>) => r._row as number;

describe("calendarRows", () => {
  it("lists one row per holiday period with its name, days off, count and make-up workdays", () => {
    expect(calendarRows([y2026])).toEqual([
      { year: 2026, name: "元旦", from: "2026-01-01", to: "2026-01-01", days: 1, work: ["2026-01-04"], source: y2026.source },
      { year: 2026, name: "国庆节", from: "2026-10-01", to: "2026-10-03", days: 3, work: ["2026-09-27"], source: y2026.source },
    ]);
  });
});

describe("calendarEdits", () => {
  it("turns the periods of a touched year back into its days off and make-up days, each day with its row", () => {
    const rows = calendarRows([y2026]).map((r, i) => ({ _row: i, ...r }));
    const added = at(2, { from: "2027-01-01", to: "2027-01-03", work: ["2026-12-31"], year: 2027 });
    const { edits, refusals } = calendarEdits([...rows, added], [added], index);
    expect(refusals).toEqual([]);
    expect(edits).toEqual([{ year: 2027, off: ["2027-01-01", "2027-01-02", "2027-01-03"], work: ["2026-12-31"], offRows: [2, 2, 2], workRows: [2] }]);
  });

  it("sends a whole year back as it came when one of its periods changed", () => {
    const rows = calendarRows([y2026]).map((r, i) => ({ _row: i, ...r }));
    const { edits } = calendarEdits(rows, [rows[1]!], index);
    expect(edits[0]).toMatchObject({ year: 2026, off: ["2026-01-01", "2026-10-01", "2026-10-02", "2026-10-03"], work: ["2026-01-04", "2026-09-27"] });
  });

  it("takes the year from the first day off when 年份 is blank, and a one-day holiday when 放假结束 is blank", () => {
    const row = at(0, { from: "2028-05-01" });
    expect(calendarEdits([row], [row], index).edits).toEqual([{ year: 2028, off: ["2028-05-01"], work: [], offRows: [0], workRows: [] }]);
  });

  it("refuses bad cells on their row and column and holds the year back", () => {
    const good = at(0, { year: 2027, from: "2027-01-01", to: "2027-01-03" });
    const backwards = at(1, { year: 2027, from: "2027-02-10", to: "2027-02-05" });
    const badWork = at(2, { year: 2027, from: "2027-05-01", to: "2027-05-05", work: ["2027-04-31", "2027-05-08"] });
    const { edits, refusals } = calendarEdits([good, backwards, badWork], [good], index);
    expect(edits).toEqual([]);
    expect(refusals).toEqual([
      { rowKey: 1, column: "to", message: "放假结束日期不能早于开始日期" },
      { rowKey: 2, column: "work", message: "调休上班日期应为 YYYY-MM-DD，多个日期用“、”分隔（有误：2027-04-31）" },
    ]);
  });

  it("refuses a changed row with neither a year nor a start day", () => {
    const row = at(3, { to: "2027-10-07" });
    expect(calendarEdits([row], [row], index).refusals).toEqual([{ rowKey: 3, column: "from", message: "请填写放假开始日期（YYYY-MM-DD）或年份" }]);
  });

  it("refuses a period longer than a month, which is a typo rather than a holiday", () => {
    const row = at(0, { year: 2027, from: "2027-01-01", to: "2027-03-01" });
    expect(calendarEdits([row], [row], index).refusals).toEqual([{ rowKey: 0, column: "to", message: "一段假期不超过 31 天，请分行填写" }]);
  });
});

describe("calendarNote", () => {
  it("says in December which years are loaded and that next year is not", () => {
    expect(calendarNote([{ year: 2016 }, { year: 2026 }, { year: 2020 }], "2026-12-01")).toBe(
      "已载入 2016–2026 年节假日安排（共 3 年）。2027 年尚未载入：国务院办公厅发布 2027 年节假日安排后（通常在 11–12 月），请在本表填写后点“载入节假日”；载入前跨入 2027 年的截止日期为暂定。",
    );
  });

  it("only names the years once next year is loaded", () => {
    expect(calendarNote([{ year: 2026 }, { year: 2027 }], "2026-12-20")).toBe("已载入 2026–2027 年节假日安排（共 2 年）。");
  });

  it("warns when this year itself is missing", () => {
    expect(calendarNote([], "2027-01-04")).toBe("尚未载入任何年份的节假日安排。2027 年尚未载入：截止日期只按周末计算，请尽快在本表填写后点“载入节假日”。");
  });
});

describe("isDaySnapshot", () => {
  it("tells a snapshot of one row per day (an earlier add-in) from one of periods", () => {
    expect(isDaySnapshot([{ date: "2026-01-01", kind: "放假", year: 2026 }])).toBe(true);
    expect(isDaySnapshot(calendarRows([y2026]))).toBe(false);
  });
});

describe("calendarWarning (the pane's line after the office's pull)", () => {
  const loaded = [2025, 2026].map((year) => ({ year }));
  it("says nothing in spring when this year is loaded and next year's arrangement is not out yet", () => {
    expect(calendarWarning(loaded, "2026-03-10")).toBeNull();
  });
  it("asks for next year from November on, with the sheet's own words", () => {
    expect(calendarWarning(loaded, "2026-12-01")).toBe(calendarNote(loaded, "2026-12-01"));
    expect(calendarWarning(loaded, "2026-12-01")).toContain("2027 年尚未载入");
  });
  it("asks at once when this year is missing", () => {
    expect(calendarWarning([{ year: 2025 }], "2026-01-05")).toContain("2026 年尚未载入");
  });
  it("is quiet once next year is loaded", () => {
    expect(calendarWarning([...loaded, { year: 2027 }], "2026-12-01")).toBeNull();
  });
});
