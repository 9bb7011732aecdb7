import { deadlineAfter, type WorkCalendar } from "../calendar";

/**
 * A matter's deadline: `original` is `days` working days after `assigned`; each approved
 * extension, in order, adds its working days after the then-current deadline. `provisional`
 * is true when any step touched a year whose arrangement is not loaded. Bad arguments throw a
 * RangeError (see `deadlineAfter`); `approvedExtensionDays` is not modified.
 */
export function matterDeadline(
  assigned: string,
  days: number,
  approvedExtensionDays: ReadonlyArray<number>,
  cal: WorkCalendar,
): { original: string; deadline: string; provisional: boolean } {
  const first = deadlineAfter(assigned, days, cal);
  let deadline = first.deadline;
  let provisional = first.provisional;
  approvedExtensionDays.forEach((extra, i) => {
    if (!Number.isSafeInteger(extra) || extra < 1) {
      throw new RangeError(`approvedExtensionDays[${i}]: must be an integer of at least 1: ${String(extra)}`);
    }
    const next = deadlineAfter(deadline, extra, cal);
    deadline = next.deadline;
    provisional = provisional || next.provisional;
  });
  return { original: first.deadline, deadline, provisional };
}
