import type { ResolvedName, UnitDirectory } from "./directory";

/**
 * Resolves a name as people write it to a unit or a group: exact unit name first, then a
 * group name, then an alias. Surrounding whitespace is ignored. Unknown names give `null`.
 */
export function resolveUnitName(written: string, directory: UnitDirectory): ResolvedName | null {
  const name = written.trim();
  if (name === "") return null;
  const unit = directory.units.find((u) => u.name === name);
  if (unit) return { kind: "unit", id: unit.id, name: unit.name, written };
  const group = directory.groups.find((g) => g.name === name);
  if (group) return { kind: "group", id: group.id, name: group.name, written, memberIds: group.memberIds };
  const alias = directory.aliases.find((a) => a.alias === name);
  const target = alias && directory.units.find((u) => u.id === alias.unitId);
  if (target) return { kind: "unit", id: target.id, name: target.name, written, via: "alias" };
  return null;
}
