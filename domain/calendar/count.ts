// Private: the cumulative working-day count and its inverse, each in O(1).
import { civilOf } from "./day-number";
import type { WorkCalendar } from "./work-calendar";

// Monday–Friday days in [MONDAY, d); day 4 (1970-01-05) is a Monday. Valid for any integer d.
const MONDAY = 4;
function weekdaysBefore(d: number): number {
  const k = d - MONDAY;
  const weeks = Math.floor(k / 7);
  return weeks * 5 + Math.min(k - weeks * 7, 5);
}

/** Smallest d with weekdaysBefore(d) >= k. */
function weekdaysReach(k: number): number {
  const q = Math.floor((k - 1) / 5);
  return MONDAY + 7 * q + (k - 5 * q);
}

/** Working days in (-∞, d), relative to a fixed origin: only differences are meaningful. */
export function workdaysBefore(d: number, cal: WorkCalendar): number {
  const size = cal.lastDay - cal.firstDay + 1;
  if (size <= 0 || d <= cal.firstDay) return weekdaysBefore(d);
  const atFirst = weekdaysBefore(cal.firstDay);
  if (d <= cal.lastDay + 1) return atFirst + cal.workdays[d - cal.firstDay]!;
  return atFirst + cal.workdays[size]! + weekdaysBefore(d) - weekdaysBefore(cal.lastDay + 1);
}

/** Smallest d with workdaysBefore(d) >= k. */
export function workdaysReach(k: number, cal: WorkCalendar): number {
  const size = cal.lastDay - cal.firstDay + 1;
  if (size <= 0) return weekdaysReach(k);
  const atFirst = weekdaysBefore(cal.firstDay);
  if (k <= atFirst) return weekdaysReach(k);
  const atEnd = atFirst + cal.workdays[size]!;
  if (k > atEnd) return weekdaysReach(weekdaysBefore(cal.lastDay + 1) + (k - atEnd));
  return cal.firstDay + cal.reachedAt[k - atFirst]!;
}

/** True when any day in [a, b] lies in a year whose arrangement is not loaded. */
export function touchesUnloaded(a: number, b: number, cal: WorkCalendar): boolean {
  if (a > b) return false;
  if (cal.firstYear === null || a < cal.firstDay || b > cal.lastDay) return true;
  // Without gaps between the loaded years nothing inside them is unloaded.
  if (cal.unloadedYears[cal.unloadedYears.length - 1] === 0) return false;
  const ya = civilOf(a)[0] - cal.firstYear;
  const yb = civilOf(b)[0] - cal.firstYear;
  return cal.unloadedYears[yb + 1]! - cal.unloadedYears[ya]! > 0;
}
