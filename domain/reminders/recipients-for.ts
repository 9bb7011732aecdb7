import type { ReminderKind, ReminderRecipient } from "../../schema/values";

/** Someone a reminder goes to, reached through the channels of `unitId`. */
export interface Recipient {
  to: ReminderRecipient;
  unitId: number;
}

/**
 * Who a reminder at `level` goes to: always the lead unit's 联络员; at 严重逾期 also the leaders
 * in charge (`leaderUnitIds`: the units whose channels reach them), each unit once.
 */
export function recipientsFor(matter: { leadUnitId: number }, level: ReminderKind, leaderUnitIds: readonly number[]): Recipient[] {
  const liaison: Recipient = { to: "联络员", unitId: matter.leadUnitId };
  if (level !== "严重逾期") return [liaison];
  const leaders = [...new Set(leaderUnitIds)].map((unitId): Recipient => ({ to: "分管领导", unitId }));
  return [liaison, ...leaders];
}
