import type { ReminderKind } from "../../schema/values";
import type { WorkCalendar } from "../calendar";
import { matterState, type MatterDates } from "./matter-state";
import { reminderKind } from "./reminder-kind";

/** A reminder (催办) the daily job records for one matter on one day. */
export interface ReminderDue {
  kind: ReminderKind;
  workdaysLeft: number;
  /** True when the matter is past its deadline, so the job marks it overdue. */
  overdue: boolean;
}

/**
 * The reminder an open matter needs on `today`: 严重逾期 when 5 or more working days past its
 * deadline, 逾期 when past it by fewer, 临期 when due within `dueSoonWorkdays` working days,
 * otherwise none (null). Settled matters never need one.
 */
export function reminderFor(matter: MatterDates, today: string, cal: WorkCalendar, dueSoonWorkdays: number): ReminderDue | null {
  const s = matterState(matter, today, cal, dueSoonWorkdays);
  const kind = reminderKind(s.state, s.workdaysLeft);
  if (kind === null || s.workdaysLeft === null) return null;
  return { kind, workdaysLeft: s.workdaysLeft, overdue: s.state === "逾期" };
}
