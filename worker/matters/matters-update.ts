import { and, eq } from "drizzle-orm";
import { matterUnits } from "../../schema/tables";
import type { MatterPatch } from "../../schema/contracts/matters";
import { settleMatter } from "../../domain/matters/settle-matter";
import type { Db } from "../platform/db";
import { actorOf, type Caller } from "../platform/env";
import { conflict, detail, forbidden, notFound, unprocessable } from "../platform/errors";
import { findMatter, type MatterRecord } from "./matters-queries";
import { stateContext, matterToWire } from "./matter-to-wire";
import { runMatterChange, versionedChange } from "./matters-write";

/** The caller's part in a matter: office, the lead unit, a co-unit, or none. */
export function partOf(caller: Caller, m: MatterRecord): "office" | "leader" | "lead" | "co" | null {
  if (caller.role !== "unit") return caller.role;
  if (m.leadUnitId === caller.unitId) return "lead";
  return m.coUnits.some((u) => u.unitId === caller.unitId) ? "co" : null;
}

/** Loads a matter for a change, refusing a missing one (404) and a stale version (409 with the current row). */
export async function matterForChange(db: Db, id: number, version: number, today: string) {
  const m = await findMatter(db, id);
  if (!m) throw notFound(`没有编号为 ${id} 的事项`);
  return { m, checkVersion: () => checkVersion(db, m, version, today) };
}

async function checkVersion(db: Db, m: MatterRecord, version: number, today: string) {
  if (version === m.version) return;
  const current = matterToWire(m, await stateContext(db, today));
  throw conflict("该事项已被他人修改，请按最新数据重新操作", { current }, [
    detail(null, "version", "stale", `提交的版本为 ${version}，当前版本为 ${m.version}`),
  ]);
}

/**
 * Settles a matter (lead unit or office) or records a co-unit's contribution note, from the
 * version the caller started from. Refusals: 404 unknown, 403 wrong part, 409 stale or already
 * settled, 422 bad settled date. One batch: the guarded update plus its change-log row.
 */
export async function patchMatter(db: Db, caller: Caller, id: number, patch: MatterPatch, today: string): Promise<MatterRecord> {
  const { m, checkVersion } = await matterForChange(db, id, patch.version, today);
  const part = partOf(caller, m);
  const actor = actorOf(caller);

  if (patch.contribution !== undefined) {
    if (part !== "co") throw forbidden("只有协办单位可以填写协办情况");
    await checkVersion();
    const unitId = caller.role === "unit" ? caller.unitId : 0;
    const before = m.coUnits.find((u) => u.unitId === unitId)!;
    await runMatterChange(db, m.id, m.version, [
      db
        .update(matterUnits)
        .set({ contribution: patch.contribution, contributedAt: new Date() })
        .where(and(eq(matterUnits.matterId, m.id), eq(matterUnits.unitId, unitId))),
      ...versionedChange(db, m.id, m.version, {}, {
        actor,
        action: "contribute",
        before: { unit: before.name, contribution: before.contribution, version: m.version },
        after: { unit: before.name, contribution: patch.contribution, version: m.version + 1 },
      }),
    ], today);
    return (await findMatter(db, m.id))!;
  }

  if (part === "co") throw forbidden(`协办单位不能办结事项，请由牵头单位（${m.lead}）办结`);
  if (part !== "lead" && part !== "office") throw forbidden("只有牵头单位或办公室可以办结事项");
  await checkVersion();
  const settled = patch.settled!;
  const outcome = settleMatter(m, settled, today);
  if (!outcome.ok) {
    const { column, code, message } = outcome.refusal;
    if (code === "already_settled") {
      throw conflict(message, { current: matterToWire(m, await stateContext(db, today)) }, [detail(null, column, code, message)]);
    }
    throw unprocessable(message, [detail(null, column, code, message)]);
  }
  const after = { status: "已办结", settled, result: patch.result!, onTime: outcome.onTime };
  await runMatterChange(db, m.id, m.version, [
    ...versionedChange(db, m.id, m.version, after, {
      actor,
      action: "settle",
      before: { status: m.status, settled: m.settled, result: m.result, onTime: m.onTime, version: m.version },
      after: { ...after, version: m.version + 1 },
    }),
  ], today);
  return (await findMatter(db, m.id))!;
}
