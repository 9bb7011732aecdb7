import plan from "../../../seed/jinzhai/plan.json";
import { resolveUnitName, type Responsibility, type UnitDirectory } from "../../../domain/responsibility";

// The county's real directory, built from the plan seed the way the seed stores it: units and groups
// numbered in the plan's order, aliases pointing at their unit, each task's names resolved in place.

const unitId = (name: string): number => {
  const at = plan.units.findIndex((u) => u.name === name);
  if (at < 0) throw new Error(`the plan names unknown unit ${name}`);
  return at + 1;
};

export const directory: UnitDirectory = {
  units: plan.units.map((u, i) => ({ id: i + 1, name: u.name })),
  aliases: plan.aliases.map((a) => ({ alias: a.alias, unitId: unitId(a.unit) })),
  groups: plan.groups.map((g, i) => ({ id: i + 1, name: g.name, memberIds: g.members.map(unitId) })),
};

/** The plan's text of task `no`: its responsible units as written, lead first. */
export function writtenFor(no: number): string[] {
  const task = plan.tasks.find((t) => t.no === no);
  if (!task) throw new Error(`no task ${no} in the plan`);
  return task.responsible;
}

/** Task `no`'s responsibilities as stored: each written name resolved to a unit or a group at its position. */
export function responsibilitiesOf(no: number): Responsibility[] {
  return writtenFor(no).map((written, position) => {
    const resolved = resolveUnitName(written, directory);
    if (!resolved) throw new Error(`task ${no} names unknown unit ${written}`);
    return { position, unitId: resolved.kind === "unit" ? resolved.id : null, groupId: resolved.kind === "group" ? resolved.id : null };
  });
}

export const nameOf = (id: number): string => directory.units.find((u) => u.id === id)?.name ?? `#${id}`;
export const membersOf = (group: string): string[] => plan.groups.find((g) => g.name === group)?.members ?? [];
export const planTasks = plan.tasks;
