import { relationToTaskforce, type ActionAbout } from "../../domain/access";
import type { Db } from "../platform/db";
import type { Caller } from "../platform/env";
import { notFound } from "../platform/errors";
import { ensureMay } from "../platform/access";
import { findTaskforce, type TaskforceRecord } from "./taskforces-queries";

/** The one answer for a task force that does not exist and for one the caller may not see. */
export const taskforceNotFound = (id: number) => notFound(`没有编号为 ${id} 的专班`);

/** Loads task force `id` for `action`: missing and not visible answer alike (404). */
export async function taskforceFor(db: Db, caller: Caller, action: ActionAbout<"taskforce">, id: number): Promise<TaskforceRecord> {
  const t = await findTaskforce(db, id);
  if (!t) throw taskforceNotFound(id);
  const relation = relationToTaskforce(caller, { memberUnitIds: t.members.map((m) => m.unitId), matterUnitIds: t.matterUnitIds });
  ensureMay(caller, relation, action, () => taskforceNotFound(id));
  return t;
}
