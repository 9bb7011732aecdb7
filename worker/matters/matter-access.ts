import { relationToMatter, type ActionAbout } from "../../domain/access";
import type { Db } from "../platform/db";
import type { Caller } from "../platform/env";
import { notFound } from "../platform/errors";
import { ensureMay } from "../platform/access";
import { findMatter, type MatterRecord } from "./matters-queries";

/** The one answer for a matter that does not exist and for one the caller may not see. */
export const matterNotFound = (id: number) => notFound(`没有编号为 ${id} 的事项`);

/**
 * Loads matter `id` for `action` by `caller`: a missing matter and one the caller may not see
 * both answer `matterNotFound` (same status, same body); other refusals are the access table's 403.
 */
export async function matterFor(db: Db, caller: Caller, action: ActionAbout<"matter">, id: number): Promise<MatterRecord> {
  const m = await findMatter(db, id);
  if (!m) throw matterNotFound(id);
  const ties = { leadUnitId: m.leadUnitId, coUnitIds: m.coUnits.map((u) => u.unitId) };
  ensureMay(caller, relationToMatter(caller, ties), action, () => matterNotFound(id));
  return m;
}
