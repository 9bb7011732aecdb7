import { seriouslyOverdueWorkdays, type ReminderKind } from "../../schema/values";
import type { WorkCalendar } from "../calendar";
import { matterState, type MatterDates } from "./matter-state";

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
  if (s.workdaysLeft === null) return null;
  if (s.state === "逾期") {
    const kind = -s.workdaysLeft >= seriouslyOverdueWorkdays ? "严重逾期" : "逾期";
    return { kind, workdaysLeft: s.workdaysLeft, overdue: true };
  }
  if (s.state === "临期") return { kind: "临期", workdaysLeft: s.workdaysLeft, overdue: false };
  return null;
}
