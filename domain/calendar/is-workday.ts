import { dayArgument } from "./day-number";
import { workdaysBefore } from "./count";
import type { WorkCalendar } from "./work-calendar";

/**
 * True for a working day: Monday–Friday not off, or a make-up workday (调休). Outside the
 * loaded years only weekends are off. Throws a RangeError naming `day` when it is not a valid date.
 *
 * @example isWorkday("2024-02-04", cal) // true: a Sunday worked for the Spring Festival
 */
export function isWorkday(day: string, cal: WorkCalendar): boolean {
  const n = dayArgument("day", day);
  return workdaysBefore(n + 1, cal) - workdaysBefore(n, cal) === 1;
}
