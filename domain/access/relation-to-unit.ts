import type { AccessCaller } from "./caller";
import type { RelationTo } from "./relations";

/**
 * A caller's tie to a unit's row, by unit id (resolve any name or alias to the id first, so a
 * unit is the same unit under all its names). The office and leaders own no unit's rows.
 */
export function relationToUnit(caller: AccessCaller, unitId: number): RelationTo<"unit"> {
  return caller.role === "unit" && caller.unitId === unitId ? "own" : "other";
}
