import { buildWorkCalendar, type HolidayArrangement, type WorkCalendar } from "../../domain/calendar";

// The add-in's shared state: one module, read by the custom functions and written by the task pane
// (both run in the one shared runtime). The holiday calendar is filled from GET /api/v1/calendar on pull
// and kept in localStorage, so =FUYUAN.DEADLINE works in a workbook opened before the next pull.

const STORAGE_KEY = "fuyuan.calendar";

let years: HolidayArrangement[] = [];
let calendar: WorkCalendar = buildWorkCalendar([]);

/** Replaces the cached calendar with the years the server returned (`{ years }` of GET /api/v1/calendar). */
export function setCalendarYears(next: HolidayArrangement[]): void {
  calendar = buildWorkCalendar(next);
  years = next.map((y) => ({ year: y.year, source: y.source, off: [...y.off], work: [...y.work] }));
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(years));
  } catch {
    // Storage can be full or disabled; the in-memory calendar still serves this session.
  }
}

/** The indexed calendar the custom functions count with (empty: weekends only, every answer provisional). */
export function workCalendar(): WorkCalendar {
  return calendar;
}

/** The years currently cached. */
export function calendarYears(): readonly HolidayArrangement[] {
  return years;
}

/** Restores the calendar saved by an earlier session; a damaged entry is ignored. */
export function restoreCalendar(): void {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved) setCalendarYears(JSON.parse(saved) as HolidayArrangement[]);
  } catch {
    // Nothing usable saved.
  }
}
