/**
 * 节假日 as a clerk reads the State Council's notice: one row per holiday period (its name, the
 * days off from–to and their count, the make-up workdays), and back to the `{ off, work }` lists a
 * year is stored as (PUT /api/v1/calendar/:year replaces the year). A period is a run of days off,
 * so the two forms hold the same days. Pure functions, no Office.
 */
import type { CalendarYearWire } from "../../schema/contracts/calendar";
import { daysAfter, holidayPeriods, isValidIsoDate } from "../../domain/calendar";
import type { Refusal } from "../workbook/types";
import type { Row } from "./snapshot";

/** The sheet's rows: each year's periods, in date order. */
export function calendarRows(years: readonly CalendarYearWire[]): Row[] {
  return [...years]
    .sort((a, b) => a.year - b.year)
    .flatMap((y) => holidayPeriods(y.year, y.off, y.work).map((p) => ({ year: y.year, name: p.name, from: p.from, to: p.to, days: p.days, work: p.work, source: y.source })));
}

/**
 * The line above 节假日's table: the years loaded, and the next year when it is not loaded yet
 * (the State Council publishes it late in the year; deadlines counted into it are provisional).
 */
/**
 * The same line when the clerk must act, for the pane's log after a pull: this year is not loaded,
 * or next year is not loaded from November on (when the State Council usually publishes it).
 * Null otherwise (the sheet's line still says which years are loaded).
 */
export function calendarWarning(years: readonly { year: number }[], today: string): string | null {
  const loaded = new Set(years.map((y) => y.year));
  const thisYear = Number(today.slice(0, 4));
  const lateInYear = Number(today.slice(5, 7)) >= 11;
  return !loaded.has(thisYear) || (lateInYear && !loaded.has(thisYear + 1)) ? calendarNote(years, today) : null;
}

export function calendarNote(years: readonly { year: number }[], today: string): string {
  const loaded = [...new Set(years.map((y) => y.year))].sort((a, b) => a - b);
  const thisYear = Number(today.slice(0, 4));
  const next = thisYear + 1;
  const span = loaded.length ? `已载入 ${loaded[0]}–${loaded.at(-1)} 年节假日安排（共 ${loaded.length} 年）。` : "尚未载入任何年份的节假日安排。";
  if (!loaded.includes(thisYear)) return `${span}${thisYear} 年尚未载入：截止日期只按周末计算，请尽快在本表填写后点“载入节假日”。`;
  if (loaded.includes(next)) return span;
  return `${span}${next} 年尚未载入：国务院办公厅发布 ${next} 年节假日安排后（通常在 11–12 月），请在本表填写后点“载入节假日”；载入前跨入 ${next} 年的截止日期为暂定。`;
}

/** One year to send whole; `offRows[i]` is the table row of `off[i]` (likewise for work). */
export type CalendarEdit = { year: number; off: string[]; work: string[]; offRows: number[]; workRows: number[] };

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));
const isDate = (v: unknown): v is string => typeof v === "string" && isValidIsoDate(v);
const blankRow = (r: Row) => text(r.from) === "" && text(r.to) === "" && (!Array.isArray(r.work) || r.work.length === 0);

/** The year a row belongs to: its 年份, else the year of its first day off or make-up day. */
function yearOf(r: Row): number | null {
  if (typeof r.year === "number" && Number.isInteger(r.year)) return r.year;
  const first = isDate(r.from) ? r.from : Array.isArray(r.work) && isDate(r.work[0]) ? r.work[0] : null;
  return first ? Number(first.slice(0, 4)) : null;
}

/** The days off of a row and its make-up days, or the refusals of its cells. */
function readRow(r: Row): { off: string[]; work: string[] } | Omit<Refusal, "rowKey">[] {
  const bad: Omit<Refusal, "rowKey">[] = [];
  const from = r.from;
  const to = text(r.to) === "" ? from : r.to;
  const work = Array.isArray(r.work) ? r.work.map(text) : [text(r.work)].filter((w) => w !== "");
  if (text(from) !== "" && !isDate(from)) bad.push({ column: "from", message: "放假开始日期应为 YYYY-MM-DD 格式的日期" });
  else if (text(from) === "" && text(r.to) !== "") bad.push({ column: "from", message: "请填写放假开始日期" });
  if (text(r.to) !== "" && !isDate(to)) bad.push({ column: "to", message: "放假结束日期应为 YYYY-MM-DD 格式的日期" });
  else if (isDate(from) && isDate(to) && to < from) bad.push({ column: "to", message: "放假结束日期不能早于开始日期" });
  else if (isDate(from) && isDate(to) && daysAfter(from, 30)! < to) bad.push({ column: "to", message: "一段假期不超过 31 天，请分行填写" });
  const wrong = work.filter((w) => !isDate(w));
  if (wrong.length) bad.push({ column: "work", message: `调休上班日期应为 YYYY-MM-DD，多个日期用“、”分隔（有误：${wrong.join("、")}）` });
  if (bad.length) return bad;
  const off: string[] = [];
  if (isDate(from) && isDate(to)) for (let d: string = from; d <= to; d = daysAfter(d, 1)!) off.push(d);
  return { off, work };
}

/**
 * The full `{ off, work }` of every year touched by a changed row, rebuilt from all sheet rows of
 * that year (PUT replaces a year). Rows that cannot be read are refused on their cells, and their
 * year is held back until they are fixed: a half-read year would lose days.
 */
export function calendarEdits(all: Row[], changed: Partial<Row>[], rowIndex: (r: Row) => number): { edits: CalendarEdit[]; refusals: Refusal[] } {
  const refusals: Refusal[] = [];
  const touched = new Set(changed.map((r) => yearOf(r as Row)).filter((y): y is number => y !== null));
  const edits = new Map<number, CalendarEdit>([...touched].map((y) => [y, { year: y, off: [], work: [], offRows: [], workRows: [] }]));
  const held = new Set<number>();
  for (const r of all) {
    if (blankRow(r)) continue;
    const y = yearOf(r);
    if (y === null) {
      if (changed.includes(r)) refusals.push({ rowKey: rowIndex(r), column: "from", message: "请填写放假开始日期（YYYY-MM-DD）或年份" });
      continue;
    }
    const edit = edits.get(y);
    if (!edit) continue;
    const read = readRow(r);
    if (Array.isArray(read)) {
      refusals.push(...read.map((b) => ({ ...b, rowKey: rowIndex(r) })));
      held.add(y);
      continue;
    }
    edit.off.push(...read.off);
    edit.offRows.push(...read.off.map(() => rowIndex(r)));
    edit.work.push(...read.work);
    edit.workRows.push(...read.work.map(() => rowIndex(r)));
  }
  const send = [...edits.values()].filter((e) => !held.has(e.year));
  return { edits: send.sort((a, b) => a.year - b.year), refusals };
}

/** A 节假日 snapshot kept by an add-in that listed one row per day: it cannot be compared with the periods. */
export const isDaySnapshot = (rows: readonly Row[]) => rows.some((r) => "date" in r && !("from" in r));
