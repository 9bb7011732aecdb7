import type { AccessCaller } from "./caller";
import type { RelationTo } from "./relations";

/** A caller's tie to a meeting: its unit is among the invited, or not (always not for the office and leaders). */
export function relationToMeeting(caller: AccessCaller, invitedUnitIds: ReadonlyArray<number>): RelationTo<"meeting"> {
  return caller.role === "unit" && invitedUnitIds.includes(caller.unitId) ? "invited" : "none";
}

/**
 * A caller's tie to a topic: its unit proposed it ("own"), or it is on the agenda of a meeting the
 * unit is invited to ("agenda"), or neither.
 */
export function relationToTopic(
  caller: AccessCaller,
  topic: { proposerUnitId: number; onAgenda: boolean; meetingInvitedUnitIds: ReadonlyArray<number> },
): RelationTo<"topic"> {
  if (caller.role !== "unit") return "none";
  if (topic.proposerUnitId === caller.unitId) return "own";
  return topic.onAgenda && topic.meetingInvitedUnitIds.includes(caller.unitId) ? "agenda" : "none";
}
