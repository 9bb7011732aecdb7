import type { WorkCalendar } from "../calendar";
import { matterDeadline } from "./matter-deadline";
import { overdueSinceAfterMove } from "./overdue-since";

/** What a matter's stored deadline consists of. */
export interface DeadlineFields {
  deadline: string;
  originalDeadline: string;
  provisional: boolean;
  overdueSince: string | null;
}

/**
 * A stored matter's deadline fields recomputed under `cal` with its approved extensions (in
 * order), as a calendar change or an approved extension needs: the deadline as `matterDeadline`
 * computes it, and the overdue mark as `overdueSinceAfterMove` keeps or clears it on `today`.
 * Null when the deadline, original deadline and provisional flag all stay as stored. Neither
 * argument is modified; bad arguments throw as `matterDeadline` does.
 */
export function recomputedDeadline(
  m: Readonly<{ assigned: string; days: number } & DeadlineFields>,
  approvedExtensionDays: ReadonlyArray<number>,
  cal: WorkCalendar,
  today: string,
): DeadlineFields | null {
  const d = matterDeadline(m.assigned, m.days, approvedExtensionDays, cal);
  if (d.deadline === m.deadline && d.original === m.originalDeadline && d.provisional === m.provisional) return null;
  return {
    deadline: d.deadline,
    originalDeadline: d.original,
    provisional: d.provisional,
    overdueSince: overdueSinceAfterMove(d.deadline, today, m.overdueSince),
  };
}
