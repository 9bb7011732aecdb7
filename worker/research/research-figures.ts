import { asc } from "drizzle-orm";
import { research, researchApprovals, researchDrafts, researchUnits } from "../../schema/tables";
import { officeParty } from "../../schema/values";
import { approvalsOnTime, type DraftForCount } from "../../domain/research";
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
 * Research approvals given on time (按时审定) per unit for `year`, an indicator the assessment
 * may use: every draft version due in the year (10 working days after it was put forward)
 * counts for each party asked to answer it, as `approvalsOnTime` in domain/research decides.
 * The office appears as 办公室, first; units follow in directory order. Parties with nothing
 * due are left out.
 */
export async function researchApprovalsOnTime(db: Db, year: number, today: string): Promise<ResearchApprovalFigure[]> {
  const [items, unitRows, drafts, answers] = await db.batch([
    db.select({ id: research.id, issuedOn: research.issuedOn }).from(research),
    db.select().from(researchUnits),
    db.select().from(researchDrafts).orderBy(asc(researchDrafts.researchId), asc(researchDrafts.version)),
    db.select().from(researchApprovals).orderBy(asc(researchApprovals.id)),
  ]);
  // A version ends on the day the next one was put forward, or on the day the item was issued.
  const nextOn = new Map(drafts.map((d) => [`${d.researchId}:${d.version}`, d.on]));
  const forCount: DraftForCount[] = drafts.filter((d) => d.approvalsDue.startsWith(`${year}-`)).map((d) => {
    const firstAnswers = new Map<number | null, string>();
    for (const a of answers) {
      if (a.researchId === d.researchId && a.draftVersion === d.version && !firstAnswers.has(a.unitId)) firstAnswers.set(a.unitId, a.on);
    }
    const issuedOn = items.find((i) => i.id === d.researchId)?.issuedOn ?? null;
    return {
      approvalsDue: d.approvalsDue,
      endedOn: nextOn.get(`${d.researchId}:${d.version + 1}`) ?? issuedOn,
      parties: [null, ...unitRows.filter((u) => u.researchId === d.researchId).map((u) => u.unitId)],
      firstAnswers,
    };
  });
  const counts = approvalsOnTime(forCount, year, today);
  const directory = await loadDirectory(db);
  const order: (number | null)[] = [null, ...directory.units.map((u) => u.id)];
  return order.flatMap((id) => {
    const c = counts.get(id);
    if (!c) return [];
    const unit = id === null ? officeParty : directory.units.find((u) => u.id === id)!.name;
    return [{ unit, due: c.due, onTime: c.onTime, rate: c.due === 0 ? null : c.onTime / c.due }];
  });
}
