import type { ResolvedName, UnitDirectory } from "./directory";

/** A directory's names by what they are written as; the first of a name wins, as a search in order would. */
interface NameIndex {
  units: Map<string, UnitDirectory["units"][number]>;
  unitsById: Map<number, UnitDirectory["units"][number]>;
  groups: Map<string, UnitDirectory["groups"][number]>;
  aliases: Map<string, number>;
}

function firstBy<T, K>(items: ReadonlyArray<T>, key: (item: T) => K): Map<K, T> {
  const map = new Map<K, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

// A submission resolves a name per row (5,000 rows, one directory): the index is made once per
// directory object, which the worker keeps per isolate while the directory is unchanged.
const indexes = new WeakMap<UnitDirectory, NameIndex>();

function indexOf(directory: UnitDirectory): NameIndex {
  let index = indexes.get(directory);
  if (!index) {
    const aliases = new Map<string, number>();
    for (const a of directory.aliases) if (!aliases.has(a.alias)) aliases.set(a.alias, a.unitId);
    index = { units: firstBy(directory.units, (u) => u.name), unitsById: firstBy(directory.units, (u) => u.id), groups: firstBy(directory.groups, (g) => g.name), aliases };
    indexes.set(directory, index);
  }
  return index;
}

/**
 * Resolves a name as people write it to a unit or a group: exact unit name first, then a
 * group name, then an alias. Surrounding whitespace is ignored. Unknown names give `null`.
 */
export function resolveUnitName(written: string, directory: UnitDirectory): ResolvedName | null {
  const name = written.trim();
  if (name === "") return null;
  const index = indexOf(directory);
  const unit = index.units.get(name);
  if (unit) return { kind: "unit", id: unit.id, name: unit.name, written };
  const group = index.groups.get(name);
  if (group) return { kind: "group", id: group.id, name: group.name, written, memberIds: group.memberIds };
  const aliasOf = index.aliases.get(name);
  const target = aliasOf !== undefined ? index.unitsById.get(aliasOf) : undefined;
  if (target) return { kind: "unit", id: target.id, name: target.name, written, via: "alias" };
  return null;
}
