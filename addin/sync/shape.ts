/**
 * Wire rows <-> sheet rows where they differ: a task's responsible units flatten to 牵头单位 +
 * 责任单位, a year's calendar becomes one row per day, and the 节假日 sheet goes back to
 * `{ off, work }` per year. Pure functions, no Office.
 */
import type { CalendarYearWire } from "../../schema/contracts/calendar";
import type { TaskRow } from "../../schema/contracts/tasks";
import type { UnitRow } from "../../schema/contracts/units";
import type { Row } from "./snapshot";
import { CALENDAR_KINDS } from "../workbook/layouts";
import type { Refusal, ValidationLists } from "../workbook/types";

const [OFF, WORK] = CALENDAR_KINDS;

/** A task as 重点工作 shows it: the lead unit and every responsible unit as the plan writes them. */
export function taskRows(tasks: readonly TaskRow[]): Row[] {
  return tasks.map((t) => ({
    no: t.no,
    domain: t.domain,
    title: t.title,
    text: t.text,
    lead: t.units.find((u) => u.lead)?.name ?? "",
    units: t.units.map((u) => u.name),
  }));
}

/** The tasks a unit answers for: named directly (or by alias, resolved by the server), or through a group it belongs to. */
export function tasksOfUnit(tasks: readonly TaskRow[], units: readonly UnitRow[], unitName: string): TaskRow[] {
  const me = units.find((u) => u.name === unitName);
  const groups = new Set(me?.groups ?? []);
  return tasks.filter((t) => t.units.some((u) => u.unit === unitName || (u.group && groups.has(u.unit))));
}

export function validationLists(tasks: readonly TaskRow[], units: readonly UnitRow[]): ValidationLists {
  return { units: units.map((u) => u.name), allUnits: units.map((u) => u.name), tasks: tasks.map((t) => t.no) };
}

/** One row per day of each year's arrangement, in date order. */
export function calendarRows(years: readonly CalendarYearWire[]): Row[] {
  return years
    .flatMap((y) => [
      ...y.off.map((date) => ({ date, kind: OFF, year: y.year, source: y.source })),
      ...y.work.map((date) => ({ date, kind: WORK, year: y.year, source: y.source })),
    ])
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** One year to send whole; `offRows[i]` is the table row of `off[i]` (likewise for work). */
export type CalendarEdit = { year: number; off: string[]; work: string[]; offRows: number[]; workRows: number[] };

/**
 * The full `{ off, work }` of every year touched by a changed row, rebuilt from all sheet rows
 * of that year (PUT replaces a year). Rows whose date or kind cannot be read are refused in place,
 * and their year is held back until they are fixed.
 */
export function calendarEdits(all: Row[], changed: Partial<Row>[], rowIndex: (r: Row) => number): { edits: CalendarEdit[]; refusals: Refusal[] } {
  const refusals: Refusal[] = [];
  const yearOf = (r: Row) => (typeof r.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? Number(r.date.slice(0, 4)) : null);
  const touched = new Set<number>();
  for (const r of changed) {
    const y = yearOf(r);
    if (y !== null) touched.add(y);
    if (typeof r.year === "number") touched.add(r.year);
  }
  const edits = new Map<number, CalendarEdit>([...touched].map((y) => [y, { year: y, off: [], work: [], offRows: [], workRows: [] }]));
  for (const r of all) {
    const blank = (r.date === null || r.date === "") && (r.kind === null || r.kind === "");
    if (blank) continue;
    const y = yearOf(r);
    if (y === null) {
      if (changed.includes(r)) refusals.push({ rowKey: rowIndex(r), column: "date", message: "日期应为 YYYY-MM-DD 格式的日期" });
      continue;
    }
    const edit = edits.get(y);
    if (!edit) continue;
    if (r.kind !== OFF && r.kind !== WORK) {
      refusals.push({ rowKey: rowIndex(r), column: "kind", message: `类型应为“${OFF}”或“${WORK}”` });
      continue;
    }
    if (r.kind === OFF) {
      edit.off.push(r.date as string);
      edit.offRows.push(rowIndex(r));
    } else {
      edit.work.push(r.date as string);
      edit.workRows.push(rowIndex(r));
    }
  }
  // A year with a bad row is not sent at all: PUT replaces the year, and a half-read year would lose days.
  const refusedYears = new Set(refusals.map((r) => all.find((x) => rowIndex(x) === r.rowKey)).map((r) => (r ? yearOf(r) : null)));
  const send = [...edits.values()].filter((e) => !refusedYears.has(e.year));
  return { edits: send.sort((a, b) => a.year - b.year), refusals };
}
