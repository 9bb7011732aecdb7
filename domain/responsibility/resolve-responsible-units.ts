import type { UnitDirectory } from "./directory";

/** A responsibility as stored: the plan's position and exactly one of a unit or a group. */
export interface Responsibility {
  position: number;
  unitId: number | null;
  groupId: number | null;
}

/**
 * The units responsible for a task once groups are expanded: in the plan's order, the lead
 * (position 0) first, each unit once (its first mention wins). Group members follow the order
 * of the directory's unit list, which is the plan's order.
 */
export function resolveResponsibleUnits(
  responsibilities: ReadonlyArray<Responsibility>,
  directory: UnitDirectory,
): number[] {
  const order = new Map(directory.units.map((u, i) => [u.id, i]));
  const seen = new Set<number>();
  const result: number[] = [];
  const add = (id: number) => {
    if (!seen.has(id)) {
      seen.add(id);
      result.push(id);
    }
  };
  for (const r of [...responsibilities].sort((a, b) => a.position - b.position)) {
    if (r.unitId !== null) add(r.unitId);
    else if (r.groupId !== null) {
      const group = directory.groups.find((g) => g.id === r.groupId);
      const members = [...(group?.memberIds ?? [])].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      members.forEach(add);
    }
  }
  return result;
}
