import { and, asc, eq, gte, lte, type SQL } from "drizzle-orm";
import { hearingInterviews, hearings, units } from "../../schema/tables";
import { appearanceFigures, type AppearanceFigures, type DayRange } from "../../domain/registers";
import type { Db } from "../platform/db";

const hearingColumns = {
  id: hearings.id,
  caseNo: hearings.caseNo,
  court: hearings.court,
  hearingOn: hearings.hearingOn,
  agencyId: hearings.agencyId,
  agency: units.name,
  headRequired: hearings.headRequired,
  appeared: hearings.appeared,
  headSpoke: hearings.headSpoke,
  note: hearings.note,
  version: hearings.version,
};
export type HearingRecord = { id: number; caseNo: string; court: string; hearingOn: string; agencyId: number; agency: string; headRequired: boolean; appeared: string; headSpoke: boolean | null; note: string | null; version: number };

/** Hearings by day, optionally of one agency and within a range of days. */
export async function listHearings(db: Db, where: { agencyId?: number; range?: DayRange } = {}): Promise<HearingRecord[]> {
  const c: SQL[] = [];
  if (where.agencyId !== undefined) c.push(eq(hearings.agencyId, where.agencyId));
  if (where.range) c.push(gte(hearings.hearingOn, where.range.from), lte(hearings.hearingOn, where.range.to));
  return db.select(hearingColumns).from(hearings).innerJoin(units, eq(units.id, hearings.agencyId)).where(c.length ? and(...c) : undefined).orderBy(asc(hearings.hearingOn), asc(hearings.id));
}

export async function findHearing(db: Db, id: number): Promise<HearingRecord | undefined> {
  const [row] = await db.select(hearingColumns).from(hearings).innerJoin(units, eq(units.id, hearings.agencyId)).where(eq(hearings.id, id));
  return row;
}

export type InterviewRecord = { id: number; agencyId: number; agency: string; heldOn: string; who: string; outcome: string };

export async function listInterviews(db: Db, where: { agencyId?: number } = {}): Promise<InterviewRecord[]> {
  return db
    .select({ id: hearingInterviews.id, agencyId: hearingInterviews.agencyId, agency: units.name, heldOn: hearingInterviews.heldOn, who: hearingInterviews.who, outcome: hearingInterviews.outcome })
    .from(hearingInterviews)
    .innerJoin(units, eq(units.id, hearingInterviews.agencyId))
    .where(where.agencyId === undefined ? undefined : eq(hearingInterviews.agencyId, where.agencyId))
    .orderBy(asc(hearingInterviews.heldOn), asc(hearingInterviews.id));
}

/**
 * 行政机关负责人出庭率 of every agency with a hearing in the range (hearing day inclusive), with the
 * agency's name: the indicator the assessment can weigh (definition in docs/registers.md).
 */
export async function appearanceByUnit(db: Db, range: DayRange): Promise<(AppearanceFigures & { unit: string })[]> {
  const rows = await listHearings(db, { range });
  const names = new Map(rows.map((r) => [r.agencyId, r.agency]));
  return appearanceFigures(rows).map((f) => ({ ...f, unit: names.get(f.agencyId)! }));
}
