import type { AccessCaller } from "./caller";
import type { RelationTo } from "./relations";

/**
 * A caller's tie to a joint research item: its unit leads it, is among the units involved, or has
 * no part (always so for the office and leaders, who act as the office or read).
 * `leadUnitId` null means the office leads.
 */
export function relationToResearch(
  caller: AccessCaller,
  item: { leadUnitId: number | null; unitIds: ReadonlyArray<number> },
): RelationTo<"research"> {
  if (caller.role !== "unit") return "none";
  if (item.leadUnitId === caller.unitId) return "lead";
  return item.unitIds.includes(caller.unitId) ? "involved" : "none";
}
