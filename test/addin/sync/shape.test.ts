import { describe, expect, it } from "vitest";
import { calendarEdits, calendarRows, tasksOfUnit } from "../../../addin/sync/shape";

const task = (no: number, units: { name: string; unit: string; group?: boolean }[]) => ({
  no,
  domain: "诉源治理",
  title: `任务${no}`,
  text: "……",
  units: units.map((u, i) => ({ name: u.name, unit: u.unit, group: u.group ?? false, lead: i === 0 })),
});

describe("tasksOfUnit", () => {
  const units = [
    { name: "县财政局", kind: "政府部门", member: true, aliases: [], groups: ["各成员单位"], liaison: null, liaisonPhone: null },
    { name: "供电公司", kind: "其他单位", member: false, aliases: [], groups: [], liaison: null, liaisonPhone: null },
  ];
  const tasks = [
    task(1, [{ name: "县法院", unit: "县法院" }, { name: "各成员单位", unit: "各成员单位", group: true }]),
    task(2, [{ name: "县财政局", unit: "县财政局" }]),
    task(3, [{ name: "县法院", unit: "县法院" }]),
  ];

  it("keeps the tasks naming the unit itself or a group it belongs to", () => {
    expect(tasksOfUnit(tasks, units, "县财政局").map((t) => t.no)).toEqual([1, 2]);
  });

  it("gives a unit outside every group only the tasks that name it", () => {
    expect(tasksOfUnit(tasks, units, "供电公司")).toEqual([]);
  });
});

describe("calendar sheet rows", () => {
  it("lists one row per day, off days and make-up workdays, in date order", () => {
    const rows = calendarRows([{ year: 2026, source: "国办发明电〔2025〕7号", off: ["2026-10-01", "2026-01-01"], work: ["2026-01-04"] }]);
    expect(rows.map((r) => [r.date, r.kind])).toEqual([
      ["2026-01-01", "放假"],
      ["2026-01-04", "调休上班"],
      ["2026-10-01", "放假"],
    ]);
  });

  it("sends a touched year whole, rebuilt from every row of that year on the sheet", () => {
    const at = (i: number, date: string, kind: string, year?: number) => ({ _row: i, date, kind, year: year ?? null });
    const all = [at(0, "2026-01-01", "放假", 2026), at(1, "2026-01-04", "调休上班", 2026), at(2, "2027-01-01", "放假"), at(3, "2025-01-01", "放假", 2025)];
    const { edits, refusals } = calendarEdits(all, [all[2]!], (r) => r._row as number);
    expect(refusals).toEqual([]);
    expect(edits).toEqual([{ year: 2027, off: ["2027-01-01"], work: [], offRows: [2], workRows: [] }]);
  });

  it("refuses a changed row whose kind is neither 放假 nor 调休上班, on its kind cell, and holds its year back", () => {
    const good = { _row: 4, date: "2027-01-01", kind: "放假", year: null };
    const row = { _row: 5, date: "2027-02-01", kind: "休息", year: null };
    const { edits, refusals } = calendarEdits([good, row], [row], (r) => r._row as number);
    expect(edits).toEqual([]);
    expect(refusals).toEqual([{ rowKey: 5, column: "kind", message: "类型应为“放假”或“调休上班”" }]);
  });
});
