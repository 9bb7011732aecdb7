import { relationToResearch, type ActionAbout } from "../../domain/access";
import type { Db } from "../platform/db";
import type { Caller } from "../platform/env";
import { notFound } from "../platform/errors";
import { ensureMay } from "../platform/access";
import { findResearch, type ResearchRecord } from "./research-queries";

/** The one answer for an item that does not exist and for one the caller may not see. */
export const researchNotFound = (id: number) => notFound(`没有编号为 ${id} 的联合调研`);

/** Loads item `id` for `action`: a missing item and one the caller takes no part in answer alike (404). */
export async function researchFor(db: Db, caller: Caller, action: ActionAbout<"research">, id: number): Promise<ResearchRecord> {
  const r = await findResearch(db, id);
  if (!r) throw researchNotFound(id);
  const relation = relationToResearch(caller, { leadUnitId: r.leadUnitId, unitIds: r.units.map((u) => u.unitId) });
  ensureMay(caller, relation, action, () => researchNotFound(id));
  return r;
}
