import type { Action } from "./actions";
import type { AccessCaller } from "./caller";
import { roleDecision } from "./decide";

/** Which rows of a list a caller may see: all of them, only those tied to its unit, or none. */
export type ListScope = { rows: "all" } | { rows: "of_unit"; unitId: number } | { rows: "none" };

/**
 * The rows a list shows for a "see" action: a role allowed whatever its tie sees every row; a
 * unit otherwise sees the rows tied to it (the lists' queries select those: matters and
 * reminders it leads or co-handles, its own reports, entries and adjustments).
 */
export function listScope(caller: AccessCaller, action: Action): ListScope {
  const d = roleDecision(caller.role, action);
  if (d?.allowed) return { rows: "all" };
  if (d === null && caller.role === "unit") return { rows: "of_unit", unitId: caller.unitId };
  return { rows: "none" };
}
