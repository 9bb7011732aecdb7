import { dayArgument } from "./day-number";
import { touchesUnloaded, workdaysBefore } from "./count";
import type { WorkCalendar } from "./work-calendar";

/**
 * Working days after `from` up to and including `to`; negative when `to` is earlier (then the
 * days after `to` up to and including `from`, counted negative). `provisional` is true when a
 * counted day lies in a year whose arrangement is not loaded. Throws a RangeError naming `from`
 * or `to` when it is not a valid date.
 *
 * @example workdaysBetween("2024-09-30", "2024-10-08", cal) // { workdays: 1, provisional: false }
 */
export function workdaysBetween(from: string, to: string, cal: WorkCalendar): { workdays: number; provisional: boolean } {
  const f = dayArgument("from", from);
  const t = dayArgument("to", to);
  const workdays = workdaysBefore(t + 1, cal) - workdaysBefore(f + 1, cal);
  const provisional = f <= t ? touchesUnloaded(f + 1, t, cal) : touchesUnloaded(t + 1, f, cal);
  return { workdays, provisional };
}
