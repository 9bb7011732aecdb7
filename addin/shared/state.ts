import { buildWorkCalendar, type HolidayArrangement, type WorkCalendar } from "../../domain/calendar";

// The add-in's shared state: one module, read by the custom functions and written by the task pane
// (both run in the one shared runtime). The holiday calendar comes from GET /api/v1/calendar: at
// start-up of the runtime (functions/startup.ts, with the saved token), on every pull and calendar
// load. It is kept in OfficeRuntime.storage (localStorage outside Office), so the functions count
// right offline too. Whoever subscribes (startup.ts) hears when it actually changed, to recalculate.

const STORAGE_KEY = "fuyuan.calendar";

let years: HolidayArrangement[] = [];
let calendar: WorkCalendar = buildWorkCalendar([]);
const listeners = new Set<() => void>();

type Store = { getItem(k: string): Promise<string | null> | string | null; setItem(k: string, v: string): Promise<void> | void };

function store(): Store | null {
  try {
    if (typeof OfficeRuntime !== "undefined" && OfficeRuntime.storage) return OfficeRuntime.storage;
  } catch {
    // Not in Office.
  }
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

const copy = (next: readonly HolidayArrangement[]) => next.map((y) => ({ year: y.year, source: y.source, off: [...y.off], work: [...y.work] }));

/** Replaces the cached calendar with the years the server returned; tells the listeners when it changed. */
export function setCalendarYears(next: readonly HolidayArrangement[], persist = true): void {
  const changed = JSON.stringify(copy(next)) !== JSON.stringify(years);
  calendar = buildWorkCalendar([...next]);
  years = copy(next);
  if (persist) {
    try {
      void Promise.resolve(store()?.setItem(STORAGE_KEY, JSON.stringify(years))).catch(() => undefined);
    } catch {
      // Storage can be full or disabled; the in-memory calendar still serves this session.
    }
  }
  if (changed) for (const l of listeners) l();
}

/** The indexed calendar the custom functions count with (empty: weekends only, every answer provisional). */
export function workCalendar(): WorkCalendar {
  return calendar;
}

/** The years currently cached. */
export function calendarYears(): readonly HolidayArrangement[] {
  return years;
}

/** Calls `listener` after each change of the calendar; returns the unsubscribe. */
export function onCalendarChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Restores the calendar saved by an earlier session; a damaged entry is ignored. */
export async function restoreCalendar(): Promise<void> {
  try {
    const saved = await store()?.getItem(STORAGE_KEY);
    if (saved && years.length === 0) setCalendarYears(JSON.parse(saved) as HolidayArrangement[], false);
  } catch {
    // Nothing usable saved.
  }
}
