import { civilOf, dayArgument } from "./day-number";
import type { WorkCalendar } from "./work-calendar";

/**
 * The years, ascending, of the days after `from` up to and including `to` (either order)
 * whose arrangement is not loaded: the years in which only weekends were assumed. Throws a
 * RangeError naming `from` or `to` when it is not a valid date.
 *
 * @example unloadedYearsBetween("2026-12-25", "2027-01-08", cal) // [2027]
 */
export function unloadedYearsBetween(from: string, to: string, cal: WorkCalendar): number[] {
  const f = dayArgument("from", from);
  const t = dayArgument("to", to);
  if (f === t) return [];
  const first = civilOf(Math.min(f, t) + 1)[0];
  const last = civilOf(Math.max(f, t))[0];
  const loaded = new Set(cal.years);
  const years: number[] = [];
  for (let y = first; y <= last; y++) if (!loaded.has(y)) years.push(y);
  return years;
}
