import { relationToUnit, type Action } from "../../domain/access";
import { resolveUnitName, type UnitDirectory } from "../../domain/responsibility";
import { ensureMay, unitScope } from "./access";
import type { Db } from "./db";
import { loadDirectory } from "./directory";
import type { Caller } from "./env";
import { detail, unprocessable } from "./errors";

/**
 * The unit id a list filter names, by any of the unit's names (its own or an alias). An unknown
 * name, or a group name, is a 422 on column `unit`, as in every body that names a unit: the name
 * is a value the user typed, not the resource the path addresses, and the unit list is public.
 */
export function resolveUnitFilter(written: string, directory: UnitDirectory): number {
  const r = resolveUnitName(written, directory);
  if (r?.kind === "unit") return r.id;
  const cell = r
    ? detail(null, "unit", "group_not_unit", `“${written}”是统称，请填写具体单位`)
    : detail(null, "unit", "unknown_unit", `未知单位：${written}`);
  throw unprocessable("筛选条件有误", [cell]);
}

/**
 * The unit a list is narrowed to: the one its `unit` filter names (a unit token may name only
 * itself, under any of its names), else the caller's scope for `see` (undefined: every row).
 */
export async function listedUnit(db: Db, caller: Caller, see: Action, written: string | undefined): Promise<number | undefined> {
  const scope = unitScope(caller, see);
  if (written === undefined) return scope;
  const unitId = resolveUnitFilter(written, await loadDirectory(db));
  ensureMay(caller, relationToUnit(caller, unitId), "filter_by_unit");
  return unitId;
}
