import type { AccessCaller } from "./caller";
import type { RelationTo } from "./relations";

/**
 * A caller's tie to a register row: `court` when the caller is the unit that keeps the registers
 * (the court's id, resolved from its name first), `own` when the row belongs to the caller's unit
 * (`rowUnitIds`: the defendant agency, the addressee, an enterprise's responsible units), else
 * `other`. The office and leaders are always `other` (their rules do not depend on the tie).
 */
export function relationToRegister(caller: AccessCaller, courtId: number | null, rowUnitIds: readonly number[]): RelationTo<"register"> {
  if (caller.role !== "unit") return "other";
  if (courtId !== null && caller.unitId === courtId) return "court";
  return rowUnitIds.includes(caller.unitId) ? "own" : "other";
}
