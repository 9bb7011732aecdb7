import { and, eq, sql } from "drizzle-orm";
import { changeLog, enterpriseReviews, enterpriseUnits, enterprises } from "../../schema/tables";
import type { EnterpriseInput, EnterprisePatch, EnterpriseReviewInput } from "../../schema/contracts/enterprises";
import type { Db } from "../platform/db";
import { actorOf, type Caller } from "../platform/env";
import { runBatch, type Write } from "../platform/batch";
import { conflict, detail, notFound } from "../platform/errors";
import { idIfChanged, lostRace } from "../platform/guarded-log";
import { ensureRegisterMay, registerUnitId } from "../platform/register-access";
import { enterpriseToWire, findEnterprise, listEnterprises, type EnterpriseRecord } from "./enterprises-queries";

const MISSING = "名册中没有这家企业";

async function unitIdsOf(db: Db, written: readonly string[]): Promise<{ id: number; name: string }[]> {
  const out: { id: number; name: string }[] = [];
  for (const [i, w] of written.entries()) {
    const u = await registerUnitId(db, w, `units.${i}`);
    if (!out.some((o) => o.id === u.id)) out.push(u);
  }
  return out;
}

async function refuseTakenName(db: Db, name: string, self: number | null): Promise<void> {
  const have = (await listEnterprises(db)).find((e) => e.name === name);
  if (have && have.id !== self) throw conflict(`名册中已有企业“${name}”`, { current: enterpriseToWire(have) }, [detail(null, "name", "taken", `名册中已有“${name}”`)]);
}

/** Puts an enterprise on the register with its first review (the court or the office). */
export async function createEnterprise(db: Db, caller: Caller, input: EnterpriseInput): Promise<EnterpriseRecord> {
  const unitList = await unitIdsOf(db, input.units);
  await ensureRegisterMay(db, caller, unitList.map((u) => u.id), "record_enterprise", MISSING);
  await refuseTakenName(db, input.name, null);
  const [rows] = await db.batch([
    db.insert(enterprises).values({ name: input.name, level: input.level, measures: input.measures }).returning({ id: enterprises.id }),
    db.insert(changeLog).values({ actor: actorOf(caller), entity: "enterprises", entityId: sql<string>`cast(last_insert_rowid() as text)`, action: "insert", after: { ...input, units: unitList.map((u) => u.name) } }),
  ]);
  const id = rows[0]!.id;
  await runBatch(db, [
    ...unitList.map((u) => db.insert(enterpriseUnits).values({ enterpriseId: id, unitId: u.id })),
    db.insert(enterpriseReviews).values({ enterpriseId: id, reviewedOn: input.reviewedOn, level: input.level, note: input.note }),
  ]);
  return (await findEnterprise(db, id))!;
}

const stale = (have: EnterpriseRecord, version: number) =>
  conflict("该企业信息已被他人修改，请按最新数据重新修改", { current: enterpriseToWire(have) }, [detail(null, "version", "stale", `提交的版本为 ${version}，当前版本为 ${have.version}`)]);

async function guarded(db: Db, have: EnterpriseRecord, writes: Write[]): Promise<EnterpriseRecord> {
  try {
    await runBatch(db, writes);
  } catch (e) {
    if (lostRace(e)) throw conflict("该企业信息刚被他人修改，本次未保存", { current: enterpriseToWire((await findEnterprise(db, have.id))!) });
    throw e;
  }
  return (await findEnterprise(db, have.id))!;
}

/** Changes the name, measures or responsible units from the version read (the court or the office). */
export async function patchEnterprise(db: Db, caller: Caller, id: number, patch: EnterprisePatch): Promise<EnterpriseRecord> {
  const have = await findEnterprise(db, id);
  if (!have) throw notFound(MISSING);
  await ensureRegisterMay(db, caller, have.unitIds, "record_enterprise", MISSING);
  if (patch.version !== have.version) throw stale(have, patch.version);
  if (patch.name !== undefined) await refuseTakenName(db, patch.name, id);
  const unitList = patch.units !== undefined ? await unitIdsOf(db, patch.units) : undefined;
  const set = { name: patch.name ?? have.name, measures: patch.measures ?? have.measures, version: have.version + 1 };
  return guarded(db, have, [
    db.update(enterprises).set(set).where(and(eq(enterprises.id, id), eq(enterprises.version, have.version))),
    db.insert(changeLog).values({ actor: actorOf(caller), entity: "enterprises", entityId: idIfChanged(String(id)), action: "update", before: enterpriseToWire(have), after: { ...set, units: unitList?.map((u) => u.name) ?? have.units } }),
    ...(unitList ? [db.delete(enterpriseUnits).where(eq(enterpriseUnits.enterpriseId, id)), ...unitList.map((u) => db.insert(enterpriseUnits).values({ enterpriseId: id, unitId: u.id }))] : []),
  ]);
}

/** Records a review (the court, the office or a responsible unit); the latest review's level is the current level. */
export async function reviewEnterprise(db: Db, caller: Caller, id: number, input: EnterpriseReviewInput): Promise<EnterpriseRecord> {
  const have = await findEnterprise(db, id);
  if (!have) throw notFound(MISSING);
  await ensureRegisterMay(db, caller, have.unitIds, "review_enterprise", MISSING);
  if (input.version !== have.version) throw stale(have, input.version);
  const latest = have.reviews.at(-1);
  const level = !latest || input.reviewedOn >= latest.reviewedOn ? input.level : have.level;
  return guarded(db, have, [
    db.update(enterprises).set({ level, version: have.version + 1 }).where(and(eq(enterprises.id, id), eq(enterprises.version, have.version))),
    db.insert(changeLog).values({ actor: actorOf(caller), entity: "enterprises", entityId: idIfChanged(String(id)), action: "review", before: { level: have.level }, after: { ...input, version: have.version + 1 } }),
    db.insert(enterpriseReviews).values({ enterpriseId: id, reviewedOn: input.reviewedOn, level: input.level, note: input.note }),
  ]);
}
