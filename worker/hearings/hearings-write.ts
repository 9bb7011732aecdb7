import { and, eq, sql } from "drizzle-orm";
import { changeLog, hearingInterviews, hearings } from "../../schema/tables";
import type { HearingInput, HearingPatch, InterviewInput } from "../../schema/contracts/hearings";
import { headAppeared } from "../../domain/registers";
import type { Db } from "../platform/db";
import { actorOf, type Caller } from "../platform/env";
import { runBatch } from "../platform/batch";
import { conflict, detail, notFound, unprocessable } from "../platform/errors";
import { idIfChanged, lostRace } from "../platform/guarded-log";
import { ensureRegisterMay, registerUnitId } from "../platform/register-access";
import { findHearing, listInterviews, type HearingRecord, type InterviewRecord } from "./hearings-queries";
import { hearingToWire } from "./hearing-to-wire";

type Fields = { caseNo: string; court: string; hearingOn: string; agencyId: number; headRequired: boolean; appeared: string; headSpoke: boolean | null; note: string | null };

/** 出庭要出声 is asked of a head who appeared: required then, and refused when no head appeared. */
function checkSpoke(f: Fields): void {
  if (headAppeared(f.appeared) && f.headSpoke === null) {
    throw unprocessable("提交的数据有误，未保存", [detail(null, "headSpoke", "required", "负责人出庭的，请填写负责人是否出庭发言（出庭要出声）")]);
  }
  if (!headAppeared(f.appeared) && f.headSpoke !== null) {
    throw unprocessable("提交的数据有误，未保存", [detail(null, "headSpoke", "not_head", `出庭人员为“${f.appeared}”，没有负责人出庭，不能填写负责人是否发言`)]);
  }
}

/** Records a hearing (the court or the office). An unknown defendant agency is 422 naming `agency`. */
export async function createHearing(db: Db, caller: Caller, input: HearingInput): Promise<HearingRecord> {
  const agency = await registerUnitId(db, input.agency, "agency");
  await ensureRegisterMay(db, caller, [agency.id], "record_hearing", "没有这条出庭记录");
  const f: Fields = { ...input, agencyId: agency.id, headSpoke: input.headSpoke ?? null, note: input.note ?? null };
  checkSpoke(f);
  const [rows] = await db.batch([
    db.insert(hearings).values(f).returning({ id: hearings.id }),
    db.insert(changeLog).values({ actor: actorOf(caller), entity: "hearings", entityId: sql<string>`cast(last_insert_rowid() as text)`, action: "insert", after: { ...f, agency: agency.name } }),
  ]);
  return (await findHearing(db, rows[0]!.id))!;
}

/** Changes a hearing from the version read; a stale version is 409 with the current row. */
export async function patchHearing(db: Db, caller: Caller, id: number, patch: HearingPatch): Promise<HearingRecord> {
  const have = await findHearing(db, id);
  if (!have) throw notFound("没有这条出庭记录");
  await ensureRegisterMay(db, caller, [have.agencyId], "record_hearing", "没有这条出庭记录");
  const stale = () => conflict("该出庭记录已被他人修改，请按最新数据重新修改", { current: hearingToWire(have) }, [detail(null, "version", "stale", `提交的版本为 ${patch.version}，当前版本为 ${have.version}`)]);
  if (patch.version !== have.version) throw stale();
  const agency = patch.agency !== undefined ? await registerUnitId(db, patch.agency, "agency") : { id: have.agencyId, name: have.agency };
  const f: Fields = {
    caseNo: patch.caseNo ?? have.caseNo,
    court: patch.court ?? have.court,
    hearingOn: patch.hearingOn ?? have.hearingOn,
    agencyId: agency.id,
    headRequired: patch.headRequired ?? have.headRequired,
    appeared: patch.appeared ?? have.appeared,
    headSpoke: patch.headSpoke !== undefined ? patch.headSpoke : patch.appeared !== undefined && !headAppeared(patch.appeared) ? null : have.headSpoke,
    note: patch.note !== undefined ? patch.note : have.note,
  };
  checkSpoke(f);
  const { version: _v, id: _id, ...before } = have;
  try {
    await runBatch(db, [
      db.update(hearings).set({ ...f, version: have.version + 1 }).where(and(eq(hearings.id, id), eq(hearings.version, have.version))),
      db.insert(changeLog).values({ actor: actorOf(caller), entity: "hearings", entityId: idIfChanged(String(id)), action: "update", before, after: { ...f, agency: agency.name, version: have.version + 1 } }),
    ]);
  } catch (e) {
    if (lostRace(e)) throw conflict("该出庭记录刚被他人修改，本次未保存", { current: hearingToWire((await findHearing(db, id))!) });
    throw e;
  }
  return (await findHearing(db, id))!;
}

/** Records a 约谈 of an agency (the office). */
export async function recordInterview(db: Db, caller: Caller, input: InterviewInput): Promise<InterviewRecord> {
  const agency = await registerUnitId(db, input.agency, "agency");
  const values = { agencyId: agency.id, heldOn: input.heldOn, who: input.who, outcome: input.outcome };
  const [rows] = await db.batch([
    db.insert(hearingInterviews).values(values).returning({ id: hearingInterviews.id }),
    db.insert(changeLog).values({ actor: actorOf(caller), entity: "hearing_interviews", entityId: sql<string>`cast(last_insert_rowid() as text)`, action: "insert", after: { ...values, agency: agency.name } }),
  ]);
  return (await listInterviews(db, { agencyId: agency.id })).find((i) => i.id === rows[0]!.id)!;
}
