/**
 * Why an action is refused.
 * - `hidden`: the caller may not see the row. It is answered exactly as a row that does not
 *   exist (404, the same body), so an outsider learns nothing, not even that the id exists.
 * - every other kind is a 403 whose message depends only on the action and the kind, never on
 *   the row, so no refusal names anything of a row (see `refusal-message.ts`).
 */
export const refusalKinds = [
  "hidden",
  "read_only",
  "office_only",
  "office_or_leader_only",
  "lead_only",
  "co_only",
  "own_unit_only",
  "not_responsible",
  "liaison_only",
  "unit_only",
  "member_only",
  "court_only",
  "addressee_only",
  "author_only",
] as const;

export type RefusalKind = (typeof refusalKinds)[number];

/** A refusal the caller is told about (403), as opposed to `hidden` (404). */
export type StatedRefusal = Exclude<RefusalKind, "hidden">;

export type Decision = { allowed: true } | { allowed: false; refusal: RefusalKind };

/** Each cell of the rule table: allowed, or the refusal. */
export type Outcome = "allow" | RefusalKind;
