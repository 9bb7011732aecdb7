import { dayArgument, formatIsoDay } from "./day-number";
import { touchesUnloaded, workdaysBefore, workdaysReach } from "./count";
import type { WorkCalendar } from "./work-calendar";

/**
 * The deadline `days` working days after `start`. The start day is not counted; the deadline is
 * the Nth working day after it, inclusive (民法典 201/203, 民事诉讼法 85). `provisional` is true
 * when the count touches a year whose arrangement is not loaded (only weekends were assumed there).
 * Throws a RangeError naming `start` or `days` when the argument is bad; `days` is an integer ≥ 1.
 *
 * @example deadlineAfter("2025-01-24", 10, cal) // { deadline: "2025-02-13", provisional: false }
 */
export function deadlineAfter(start: string, days: number, cal: WorkCalendar): { deadline: string; provisional: boolean } {
  const s = dayArgument("start", start);
  if (!Number.isSafeInteger(days) || days < 1) throw new RangeError(`days: must be an integer of at least 1: ${String(days)}`);
  const d = workdaysReach(workdaysBefore(s + 1, cal) + days, cal) - 1;
  return { deadline: formatIsoDay(d), provisional: touchesUnloaded(s + 1, d, cal) };
}
