import type { Role } from "./caller";
import type { RelationTo } from "./relations";
import { relationToSignOff } from "./relation-to-sign-off";

/**
 * A caller's tie to a draft (草稿): its author; or of its unit and able to submit it (its
 * 联络员, or anyone of the unit once sign-off is off); or of its unit and only drafting (another
 * 执行员 while sign-off is on); or none (another unit, the office, leaders). A draft saved by a
 * token issued to no person has no author: whoever may submit it acts on it.
 */
export function relationToDraft(
  caller: { role: Role; post: string; unitId?: number; personId: number | null },
  draft: { unitId: number; authorId: number | null },
  signOffOn: boolean,
): RelationTo<"draft"> {
  if (caller.role !== "unit" || caller.unitId !== draft.unitId) return "none";
  if (caller.personId !== null && caller.personId === draft.authorId) return "author";
  return relationToSignOff(caller, signOffOn) === "signer" ? "signer" : "unit";
}
