import { and, asc, eq } from "drizzle-orm";
import { matterExtensions, matters } from "../../schema/tables";
import type { Db } from "../platform/db";

/** Open matters (办理中) with what their deadline depends on, approved extensions in order. */
export async function openMatterDeadlines(db: Db) {
  const [rows, extensions] = await Promise.all([
    db
      .select({
        id: matters.id,
        assigned: matters.assigned,
        days: matters.days,
        deadline: matters.deadline,
        originalDeadline: matters.originalDeadline,
        provisional: matters.provisional,
        overdueSince: matters.overdueSince,
        version: matters.version,
      })
      .from(matters)
      .where(eq(matters.status, "办理中"))
      .orderBy(asc(matters.id)),
    db
      .select({ matterId: matterExtensions.matterId, days: matterExtensions.days })
      .from(matterExtensions)
      .innerJoin(matters, eq(matters.id, matterExtensions.matterId))
      .where(and(eq(matters.status, "办理中"), eq(matterExtensions.status, "已批准")))
      .orderBy(asc(matterExtensions.id)),
  ]);
  const approved = new Map<number, number[]>();
  for (const e of extensions) approved.set(e.matterId, [...(approved.get(e.matterId) ?? []), e.days]);
  return rows.map((r) => ({ ...r, approvedExtensionDays: approved.get(r.id) ?? [] }));
}

export type OpenMatterDeadline = Awaited<ReturnType<typeof openMatterDeadlines>>[number];
