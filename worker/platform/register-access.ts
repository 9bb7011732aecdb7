import { courtUnitName } from "../../schema/values";
import { decide, relationToRegister, roleDecision, type ActionAbout, type RelationTo } from "../../domain/access";

/** The actions about a register row. */
export type RegisterAction = ActionAbout<"register">;
import { resolveUnitName } from "../../domain/responsibility";
import type { Db } from "./db";
import type { Caller } from "./env";
import { detail, notFound, unprocessable } from "./errors";
import { loadDirectory } from "./directory";
import { ensureMay } from "./access";

/** The court's unit id (the unit that keeps the registers), or null while the directory has none. */
export async function courtId(db: Db): Promise<number | null> {
  const r = resolveUnitName(courtUnitName, await loadDirectory(db));
  return r?.kind === "unit" ? r.id : null;
}

/** A unit as written in a register's column: its id under any of its names; unknown or a group is 422 naming the column. */
export async function registerUnitId(db: Db, written: string, column: string, row: number | null = null): Promise<{ id: number; name: string }> {
  const r = resolveUnitName(written, await loadDirectory(db));
  if (!r || r.kind !== "unit") {
    const why = r?.kind === "group" ? `“${written}”是统称，请填写具体单位` : `未知单位：${written}`;
    throw unprocessable("提交的数据有误，未保存", [detail(row, column, "unknown_unit", why)]);
  }
  return { id: r.id, name: r.name };
}

/** The caller's tie to a register row that belongs to `unitIds`. */
export async function registerTie(db: Db, caller: Caller, unitIds: readonly number[]): Promise<RelationTo<"register">> {
  return relationToRegister(caller, caller.role === "unit" ? await courtId(db) : null, unitIds);
}

/** Refuses `action` on a row of `unitIds` per the access table (a row the caller may not see is 404 `missing`). */
export async function ensureRegisterMay(db: Db, caller: Caller, unitIds: readonly number[], action: RegisterAction, missing: string): Promise<void> {
  ensureMay(caller, await registerTie(db, caller, unitIds), action, () => notFound(missing));
}

/**
 * Which rows of a register list the caller sees: undefined for all (the office, leaders, the
 * court), else the caller's unit id (its own rows only).
 */
export async function registerScope(db: Db, caller: Caller, action: RegisterAction): Promise<number | undefined> {
  if (caller.role !== "unit" || roleDecision(caller.role, action)?.allowed) return undefined;
  return decide("unit", await registerTie(db, caller, []), action).allowed ? undefined : caller.unitId;
}
