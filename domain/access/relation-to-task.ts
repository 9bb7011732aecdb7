import type { RelationTo } from "./relations";

/** Whether the unit a report row is for is among the task's responsible units (groups already expanded). */
export function relationToTask(unitId: number, responsibleUnitIds: ReadonlyArray<number>): RelationTo<"task"> {
  return responsibleUnitIds.includes(unitId) ? "responsible" : "none";
}
