import { and, eq } from "drizzle-orm";
import { matterUnits } from "../../schema/tables";
import type { MatterPatch } from "../../schema/contracts/matters";
import { settleMatter } from "../../domain/matters/settle-matter";
import type { ActionAbout } from "../../domain/access";
import type { Db } from "../platform/db";
import { actorOf, type Caller } from "../platform/env";
import { conflict, detail, unprocessable } from "../platform/errors";
import { ensureRoleMay } from "../platform/access";
import { findMatter, type MatterRecord } from "./matters-queries";
import { matterFor } from "./matter-access";
import { stateContext, matterToWire } from "./matter-to-wire";
import { runMatterChange, versionedChange } from "./matters-write";
import { correctMatter } from "./matters-correct";
import type { Write } from "../platform/batch";
import { ensureMaySubmitForUnit } from "../platform/sign-off";

/** A draft being submitted (报送): its on-time rule uses today, and `also` marks it in the same batch. */
export interface DraftSubmission {
  also: Write[];
}

/**
 * Loads a matter for a change by `caller`: refusals per the access table first (a matter the
 * caller may not see answers exactly as a missing one, 404), then `checkVersion` refuses a stale
 * version (409 with the current row).
 */
export async function matterForChange(db: Db, caller: Caller, action: ActionAbout<"matter">, id: number, version: number, today: string) {
  ensureRoleMay(caller, action);
  const m = await matterFor(db, caller, action, id);
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
 * Settles a matter (lead unit or office), records a co-unit's contribution note, or corrects the
 * matter (the office, with a reason), from the version the caller started from. Refusals: 404
 * unknown or not the caller's to see, 403 wrong part (both per the access table), 409 stale or not
 * open, 422 bad settled date or bad correction. One batch each: the guarded update plus its log row.
 */
export async function patchMatter(db: Db, caller: Caller, id: number, patch: MatterPatch, today: string, draft?: DraftSubmission): Promise<MatterRecord> {
  const correcting = patch.reason !== undefined;
  if (!correcting) await ensureMaySubmitForUnit(db, caller);
  const also = draft?.also ?? [];
  const action = correcting ? "correct_matter" : patch.contribution !== undefined ? "contribute_to_matter" : "settle_matter";
  const { m, checkVersion } = await matterForChange(db, caller, action, id, patch.version, today);
  await checkVersion();
  if (correcting) return correctMatter(db, caller, m, patch, today);
  if (patch.contribution !== undefined) return contribute(db, caller, m, patch.contribution, today, also);
  return settle(db, caller, m, { settled: patch.settled!, result: patch.result!, submitted: draft ? today : undefined }, today, also);
}

async function contribute(db: Db, caller: Caller, m: MatterRecord, contribution: string, today: string, also: Write[]): Promise<MatterRecord> {
  const unitId = caller.role === "unit" ? caller.unitId : 0;
  const before = m.coUnits.find((u) => u.unitId === unitId)!;
  await runMatterChange(db, m.id, m.version, [
    db
      .update(matterUnits)
      .set({ contribution, contributedAt: new Date() })
      .where(and(eq(matterUnits.matterId, m.id), eq(matterUnits.unitId, unitId))),
    ...versionedChange(db, m.id, m.version, {}, {
      actor: actorOf(caller),
      action: "contribute",
      before: { unit: before.name, contribution: before.contribution, version: m.version },
      after: { unit: before.name, contribution, version: m.version + 1 },
    }),
    ...also,
  ], today);
  return (await findMatter(db, m.id))!;
}

/**
 * A settlement: the lead unit's waits for the office's review (待审核); the office's own closes
 * the matter at once (已办结), the office being the reviewer.
 */
type Settlement = { settled: string; result: string; submitted: string | undefined };

async function settle(db: Db, caller: Caller, m: MatterRecord, { settled, result, submitted }: Settlement, today: string, also: Write[]): Promise<MatterRecord> {
  const outcome = settleMatter(m, settled, today, submitted);
  if (!outcome.ok) {
    const { column, code, message } = outcome.refusal;
    if (column === "status") {
      throw conflict(message, { current: matterToWire(m, await stateContext(db, today)) }, [detail(null, column, code, message)]);
    }
    throw unprocessable(message, [detail(null, column, code, message)]);
  }
  const status = caller.role === "office" ? "已办结" : "待审核";
  const after = { status, settled, result, onTime: outcome.onTime };
  await runMatterChange(db, m.id, m.version, [
    ...versionedChange(db, m.id, m.version, after, {
      actor: actorOf(caller),
      action: "settle",
      before: { status: m.status, settled: m.settled, result: m.result, onTime: m.onTime, version: m.version },
      after: { ...after, version: m.version + 1 },
    }),
    ...also,
  ], today);
  return (await findMatter(db, m.id))!;
}
