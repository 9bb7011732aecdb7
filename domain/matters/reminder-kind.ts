import { seriouslyOverdueWorkdays, type MatterStateLabel, type ReminderKind } from "../../schema/values";

/**
 * The reminder level of a matter in a state with `workdaysLeft` working days to its deadline
 * (negative: past it): 严重逾期 from 5 working days past, 逾期 when past by fewer, 临期 when
 * the state says due soon, otherwise none (null, also when `workdaysLeft` is null: settled).
 */
export function reminderKind(state: MatterStateLabel, workdaysLeft: number | null): ReminderKind | null {
  if (workdaysLeft === null) return null;
  if (state === "逾期") return -workdaysLeft >= seriouslyOverdueWorkdays ? "严重逾期" : "逾期";
  if (state === "临期") return "临期";
  return null;
}
