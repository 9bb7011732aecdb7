/**
 * What an action is about, and the ties a caller can have to such a row:
 * - `matter`: the caller's unit leads it, co-handles it, or has no part in it;
 * - `unit`: a row that belongs to one unit (a report, an assessment entry, an adjustment, a unit
 *   named in a filter or a report row) belongs to the caller's own unit or another one;
 * - `task`: the unit a report row is for is responsible for the row's task, or is not;
 * - `sign_off`: a unit's person under sign-off (签批): one who may submit for the unit (its 联络员,
 *   or anyone when sign-off is off), or one who only drafts (an 执行员 while it is on);
 * - `draft`: a unit's draft (草稿): the caller drafted it (`author`), or is of its unit and may
 *   submit it (`signer`: its 联络员, or anyone of the unit when sign-off is off), or is of its unit
 *   and only drafts (`unit`: another 执行员 while sign-off is on), or is of another unit;
 * - `research`: a joint research item (联合调研) the caller's unit leads, is involved in, or has no part in;
 * - `taskforce`: a task force (专班) one of the caller's unit's people is a member of, that serves a
 *   matter the unit leads or co-handles, or neither;
 * - `register`: a row of one of the four registers (hearings, 司法建议, petition risks, enterprises):
 *   the caller is the court that keeps them (县法院), the row's own unit (the defendant agency, the
 *   addressee, a responsible unit), or another unit;
 * - `meeting`: the caller's unit is invited to the meeting, or is not;
 * - `topic`: the caller's unit proposed the topic, or it is on the agenda of a meeting the unit is
 *   invited to, or neither;
 * - `nothing`: the action is about no particular row (office-only writes, leaders' views).
 * The office and leaders have no unit, so their tie is always the last of the list.
 */
export const relationsTo = {
  matter: ["lead", "co", "none"],
  unit: ["own", "other"],
  task: ["responsible", "none"],
  sign_off: ["signer", "drafter", "none"],
  draft: ["author", "signer", "unit", "none"],
  research: ["lead", "involved", "none"],
  taskforce: ["member", "served", "none"],
  register: ["court", "own", "other"],
  meeting: ["invited", "none"],
  topic: ["own", "agenda", "none"],
  nothing: ["none"],
} as const;

export type RowKind = keyof typeof relationsTo;

export type RelationTo<K extends RowKind> = (typeof relationsTo)[K][number];

export type Relation = RelationTo<RowKind>;
