import type { HolidayArrangement } from "../../../domain/calendar";

// Reference for the tests: walks day by day with `Date` in UTC, the obvious way.
function working(day: Date, arrangements: ReadonlyArray<HolidayArrangement>): boolean {
  const iso = day.toISOString().slice(0, 10);
  const year = arrangements.find((a) => a.year === day.getUTCFullYear());
  if (year?.work.includes(iso)) return true;
  if (year?.off.includes(iso)) return false;
  const w = day.getUTCDay();
  return w !== 0 && w !== 6;
}

export function naiveDeadline(start: string, days: number, arrangements: ReadonlyArray<HolidayArrangement>): string {
  const d = new Date(`${start}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (working(d, arrangements)) left--;
  }
  return d.toISOString().slice(0, 10);
}
