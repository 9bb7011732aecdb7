import type { AccessCaller } from "./caller";
import type { RelationTo } from "./relations";

/**
 * A caller's tie to a task force: one of its members belongs to the caller's unit (`member`), or
 * the unit leads or co-handles one of its matters, served or created (`served`), or neither.
 * The office and leaders have no unit: `none`.
 */
export function relationToTaskforce(
  caller: AccessCaller,
  taskforce: { memberUnitIds: ReadonlyArray<number | null>; matterUnitIds: ReadonlyArray<number> },
): RelationTo<"taskforce"> {
  if (caller.role !== "unit") return "none";
  if (taskforce.memberUnitIds.includes(caller.unitId)) return "member";
  return taskforce.matterUnitIds.includes(caller.unitId) ? "served" : "none";
}
