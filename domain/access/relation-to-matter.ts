import type { AccessCaller } from "./caller";
import type { RelationTo } from "./relations";

/** A caller's tie to a matter: its unit leads it, co-handles it, or has no part (always so for the office and leaders). */
export function relationToMatter(
  caller: AccessCaller,
  matter: { leadUnitId: number; coUnitIds: ReadonlyArray<number> },
): RelationTo<"matter"> {
  if (caller.role !== "unit") return "none";
  if (matter.leadUnitId === caller.unitId) return "lead";
  return matter.coUnitIds.includes(caller.unitId) ? "co" : "none";
}
