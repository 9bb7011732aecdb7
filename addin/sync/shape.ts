/**
 * Who answers for which task, and the dropdown lists. The sheets' own shapes: 重点工作 in
 * task-progress.ts, 督办事项 and 进展报送 in ledger-shape.ts, 节假日 in calendar-shape.ts.
 * Pure functions, no Office.
 */
import type { TaskRow } from "../../schema/contracts/tasks";
import type { UnitRow } from "../../schema/contracts/units";
import type { ValidationLists } from "../workbook/types";

/** The tasks a unit answers for: named directly (or by alias, resolved by the server), or through a group it belongs to. */
export function tasksOfUnit(tasks: readonly TaskRow[], units: readonly UnitRow[], unitName: string): TaskRow[] {
  const me = units.find((u) => u.name === unitName);
  const groups = new Set(me?.groups ?? []);
  return tasks.filter((t) => t.units.some((u) => u.unit === unitName || (u.group && groups.has(u.unit))));
}

export function validationLists(tasks: readonly TaskRow[], units: readonly UnitRow[]): ValidationLists {
  return { units: units.map((u) => u.name), allUnits: units.map((u) => u.name), tasks: tasks.map((t) => t.no) };
}
