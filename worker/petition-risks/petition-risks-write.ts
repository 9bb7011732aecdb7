import { and, eq, sql } from "drizzle-orm";
import { changeLog, petitionRiskActions, petitionRisks } from "../../schema/tables";
import type { PetitionRiskInput, PetitionRiskPatch } from "../../schema/contracts/petition-risks";
import type { Db } from "../platform/db";
import { actorOf, type Caller } from "../platform/env";
import { runBatch } from "../platform/batch";
import { conflict, detail, notFound } from "../platform/errors";
import { idIfChanged, lostRace } from "../platform/guarded-log";
import { ensureRegisterMay, registerUnitId } from "../platform/register-access";
import { findPetitionRisk, petitionRiskToWire, type PetitionRiskRecord } from "./petition-risks-queries";

const MISSING = "没有这条信访风险评估";

/** Records an assessed case (the court or the office). An unknown agency is 422 naming `agency`. */
export async function createPetitionRisk(db: Db, caller: Caller, input: PetitionRiskInput): Promise<PetitionRiskRecord> {
  const agency = await registerUnitId(db, input.agency, "agency");
  await ensureRegisterMay(db, caller, [agency.id], "record_petition_risk", MISSING);
  const { agency: _name, ...rest } = input;
  const f = { ...rest, agencyId: agency.id };
  const [rows] = await db.batch([
    db.insert(petitionRisks).values(f).returning({ id: petitionRisks.id }),
    db.insert(changeLog).values({ actor: actorOf(caller), entity: "petition_risks", entityId: sql<string>`cast(last_insert_rowid() as text)`, action: "insert", after: { ...f, agency: agency.name } }),
  ]);
  return (await findPetitionRisk(db, rows[0]!.id))!;
}

/** Changes a case from the version read: its grade, plan, liaison or status (跟进中 → 已化解 …). */
export async function patchPetitionRisk(db: Db, caller: Caller, id: number, patch: PetitionRiskPatch): Promise<PetitionRiskRecord> {
  const have = await findPetitionRisk(db, id);
  if (!have) throw notFound(MISSING);
  await ensureRegisterMay(db, caller, [have.agencyId], "record_petition_risk", MISSING);
  if (patch.version !== have.version) {
    throw conflict("该评估已被他人修改，请按最新数据重新修改", { current: petitionRiskToWire(have) }, [detail(null, "version", "stale", `提交的版本为 ${patch.version}，当前版本为 ${have.version}`)]);
  }
  const { version, agency, ...rest } = patch;
  const agencyId = agency !== undefined ? (await registerUnitId(db, agency, "agency")).id : have.agencyId;
  const set = { ...rest, agencyId, version: version + 1 };
  try {
    await runBatch(db, [
      db.update(petitionRisks).set(set).where(and(eq(petitionRisks.id, id), eq(petitionRisks.version, version))),
      db.insert(changeLog).values({ actor: actorOf(caller), entity: "petition_risks", entityId: idIfChanged(String(id)), action: "update", before: petitionRiskToWire(have), after: set }),
    ]);
  } catch (e) {
    if (lostRace(e)) throw conflict("该评估刚被他人修改，本次未保存", { current: petitionRiskToWire((await findPetitionRisk(db, id))!) });
    throw e;
  }
  return (await findPetitionRisk(db, id))!;
}

/** Adds one action with its day (解释说明, 诉前疏导, 判后答疑 …); actions are only added. */
export async function addPetitionRiskAction(db: Db, caller: Caller, id: number, input: { doneOn: string; action: string }): Promise<PetitionRiskRecord> {
  const have = await findPetitionRisk(db, id);
  if (!have) throw notFound(MISSING);
  await ensureRegisterMay(db, caller, [have.agencyId], "record_petition_risk", MISSING);
  await db.batch([
    db.insert(petitionRiskActions).values({ riskId: id, ...input }),
    db.insert(changeLog).values({ actor: actorOf(caller), entity: "petition_risks", entityId: String(id), action: "add_action", after: input }),
  ]);
  return (await findPetitionRisk(db, id))!;
}
