import type { Role } from "./caller";
import type { RelationTo } from "./relations";

/**
 * A caller's tie under sign-off (签批): while it is on, a unit's 执行员 only drafts and its 联络员
 * submits; when the office has switched it off, everyone of the unit submits directly. The
 * office and leaders are tied by `none` (their rule does not depend on it).
 */
export function relationToSignOff(caller: { role: Role; post: string }, signOffOn: boolean): RelationTo<"sign_off"> {
  if (caller.role !== "unit") return "none";
  return signOffOn && caller.post === "执行员" ? "drafter" : "signer";
}
