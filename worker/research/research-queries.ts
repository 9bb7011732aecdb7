import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import { research, researchApprovals, researchDrafts, researchUnits, units } from "../../schema/tables";
import type { Research, ResearchApproval, ResearchDraft } from "../../schema/tables";
import type { Db } from "../platform/db";

/** A research item with its units involved (besides the office), its current draft and that draft's answers. */
export interface ResearchRecord extends Research {
  lead: string | null;
  units: { unitId: number; name: string }[];
  draft: ResearchDraft;
  /** The current draft's answers, oldest first. */
  answers: ResearchApproval[];
}

/** Loads the items with these ids (all of their parts in one batch), in the order of `ids`. */
async function loadRecords(db: Db, ids: number[]): Promise<ResearchRecord[]> {
  if (ids.length === 0) return [];
  const [items, unitRows, drafts, answers] = await db.batch([
    db.select({ r: research, lead: units.name }).from(research).leftJoin(units, eq(units.id, research.leadUnitId)).where(inArray(research.id, ids)),
    db
      .select({ researchId: researchUnits.researchId, unitId: researchUnits.unitId, name: units.name })
      .from(researchUnits)
      .innerJoin(units, eq(units.id, researchUnits.unitId))
      .where(inArray(researchUnits.researchId, ids))
      .orderBy(asc(units.sortOrder), asc(units.id)),
    db
      .select({ d: researchDrafts })
      .from(researchDrafts)
      .innerJoin(research, and(eq(research.id, researchDrafts.researchId), eq(research.draftVersion, researchDrafts.version)))
      .where(inArray(researchDrafts.researchId, ids)),
    db
      .select({ a: researchApprovals })
      .from(researchApprovals)
      .innerJoin(research, and(eq(research.id, researchApprovals.researchId), eq(research.draftVersion, researchApprovals.draftVersion)))
      .where(inArray(researchApprovals.researchId, ids))
      .orderBy(asc(researchApprovals.id)),
  ]);
  const byId = new Map(
    items.map(({ r, lead }) => [
      r.id,
      {
        ...r,
        lead,
        units: unitRows.filter((u) => u.researchId === r.id).map(({ unitId, name }) => ({ unitId, name })),
        draft: drafts.find((d) => d.d.researchId === r.id)!.d,
        answers: answers.filter((a) => a.a.researchId === r.id).map((a) => a.a),
      },
    ]),
  );
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

export async function findResearch(db: Db, id: number): Promise<ResearchRecord | null> {
  const [r] = await loadRecords(db, [id]);
  return r ?? null;
}

/** Items newest first; with `unitId`, only those the unit leads or is involved in. */
export async function listResearch(db: Db, unitId: number | undefined): Promise<ResearchRecord[]> {
  const involved = db.select({ id: researchUnits.researchId }).from(researchUnits).where(eq(researchUnits.unitId, unitId ?? -1));
  const rows = await db
    .select({ id: research.id })
    .from(research)
    .where(unitId === undefined ? undefined : or(eq(research.leadUnitId, unitId), inArray(research.id, involved)))
    .orderBy(desc(research.id));
  const ids = rows.map((r) => r.id);
  // At most 100 bound parameters per statement: load in slices.
  const out: ResearchRecord[] = [];
  for (let i = 0; i < ids.length; i += 90) out.push(...(await loadRecords(db, ids.slice(i, i + 90))));
  return out;
}

/** The id just inserted into `research`, read inside the same batch (D1 runs one batch at a time). */
export const newResearchId = sql<number>`(select max(${research.id}) from ${research})`;
