import { asc } from "drizzle-orm";
import { research, researchApprovals, researchDrafts, researchUnits } from "../../schema/tables";
import { officeParty } from "../../schema/values";
import { approvalsOnTime, type DraftForCount, type OnTimeCount } from "../../domain/research";
import type { Db } from "../platform/db";
import { loadDirectory } from "../platform/directory";

/** One party's research approvals in a year: how many it owed, how many came on time, and the rate. */
export interface ResearchApprovalFigure {
  unit: string;
  due: number;
  onTime: number;
  /** onTime / due, or null when nothing was due. */
  rate: number | null;
}

/**
 * Research approvals given on time (按时审定) per party (unit id; null is the office) for `year`:
 * every draft version due in the year (10 working days after it was put forward) and not before
 * `start` (the year's assessment start; default 1 January) counts for each party asked to answer
 * it, as `approvalsOnTime` in domain/research decides. One batch of four reads.
 */
export async function researchApprovalCounts(db: Db, year: number, today: string, start = `${year}-01-01`): Promise<Map<number | null, OnTimeCount>> {
  const [items, unitRows, drafts, answers] = await db.batch([
    db.select({ id: research.id, issuedOn: research.issuedOn }).from(research),
    db.select().from(researchUnits),
    db.select().from(researchDrafts).orderBy(asc(researchDrafts.researchId), asc(researchDrafts.version)),
    db.select().from(researchApprovals).orderBy(asc(researchApprovals.id)),
  ]);
  // A version ends on the day the next one was put forward, or on the day the item was issued.
  const nextOn = new Map(drafts.map((d) => [`${d.researchId}:${d.version}`, d.on]));
  const firstOf = new Map<string, Map<number | null, string>>();
  for (const a of answers) {
    const key = `${a.researchId}:${a.draftVersion}`;
    const first = firstOf.get(key) ?? new Map<number | null, string>();
    if (!first.has(a.unitId)) first.set(a.unitId, a.on);
    firstOf.set(key, first);
  }
  const forCount: DraftForCount[] = drafts
    .filter((d) => d.approvalsDue.startsWith(`${year}-`) && d.approvalsDue >= start)
    .map((d) => ({
      approvalsDue: d.approvalsDue,
      endedOn: nextOn.get(`${d.researchId}:${d.version + 1}`) ?? items.find((i) => i.id === d.researchId)?.issuedOn ?? null,
      parties: [null, ...unitRows.filter((u) => u.researchId === d.researchId).map((u) => u.unitId)],
      firstAnswers: firstOf.get(`${d.researchId}:${d.version}`) ?? new Map(),
    }));
  return approvalsOnTime(forCount, year, today);
}

/**
 * Research approvals given on time (按时审定) per unit for `year`, an indicator the assessment
 * may use (`researchApprovals`, counted from the year's assessment start): see
 * `researchApprovalCounts`. The office appears as 办公室, first; units follow in directory order.
 * Parties with nothing due are left out.
 */
export async function researchApprovalsOnTime(db: Db, year: number, today: string): Promise<ResearchApprovalFigure[]> {
  const [counts, directory] = await Promise.all([researchApprovalCounts(db, year, today), loadDirectory(db)]);
  const order: (number | null)[] = [null, ...directory.units.map((u) => u.id)];
  return order.flatMap((id) => {
    const c = counts.get(id);
    if (!c) return [];
    const unit = id === null ? officeParty : directory.units.find((u) => u.id === id)!.name;
    return [{ unit, due: c.due, onTime: c.onTime, rate: c.due === 0 ? null : c.onTime / c.due }];
  });
}
