import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { petitionRiskActions, petitionRisks, units } from "../../schema/tables";
import type { PetitionRiskWire } from "../../schema/contracts/petition-risks";
import type { PetitionRiskStatus, RiskGrade } from "../../schema/values";
import type { Db } from "../platform/db";

export type PetitionRiskRecord = Omit<PetitionRiskWire, "actions"> & { agencyId: number; actions: { id: number; doneOn: string; action: string }[] };

/** Petition-risk cases, highest grade first then by assessment day, each with its actions by day. */
export async function listPetitionRisks(db: Db, where: { agencyId?: number; grade?: RiskGrade; open?: boolean; id?: number } = {}): Promise<PetitionRiskRecord[]> {
  const c: SQL[] = [];
  if (where.agencyId !== undefined) c.push(eq(petitionRisks.agencyId, where.agencyId));
  if (where.grade !== undefined) c.push(eq(petitionRisks.grade, where.grade));
  if (where.open !== undefined) c.push(where.open ? eq(petitionRisks.status, "跟进中") : inArray(petitionRisks.status, ["已化解", "已终结"]));
  if (where.id !== undefined) c.push(eq(petitionRisks.id, where.id));
  const rows = await db
    .select({ id: petitionRisks.id, caseNo: petitionRisks.caseNo, agencyId: petitionRisks.agencyId, agency: units.name, grade: petitionRisks.grade, assessedOn: petitionRisks.assessedOn, plan: petitionRisks.plan, liaison: petitionRisks.liaison, status: petitionRisks.status, version: petitionRisks.version })
    .from(petitionRisks)
    .innerJoin(units, eq(units.id, petitionRisks.agencyId))
    .where(c.length ? and(...c) : undefined)
    .orderBy(asc(petitionRisks.assessedOn), asc(petitionRisks.id));
  const actions = rows.length ? await db.select().from(petitionRiskActions).orderBy(asc(petitionRiskActions.doneOn), asc(petitionRiskActions.id)) : [];
  const order = { 高: 0, 中: 1, 低: 2 } as Record<string, number>;
  return rows
    .map((r) => ({ ...r, grade: r.grade as RiskGrade, status: r.status as PetitionRiskStatus, actions: actions.filter((a) => a.riskId === r.id).map((a) => ({ id: a.id, doneOn: a.doneOn, action: a.action })) }))
    .sort((a, b) => order[a.grade]! - order[b.grade]!);
}

export async function findPetitionRisk(db: Db, id: number): Promise<PetitionRiskRecord | undefined> {
  return (await listPetitionRisks(db, { id }))[0];
}

export const petitionRiskToWire = ({ agencyId: _id, ...r }: PetitionRiskRecord): PetitionRiskWire => r;
