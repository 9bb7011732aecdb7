import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { drafts, matterExtensions, matters } from "../../schema/tables";
import type { Db } from "../platform/db";

/** The statuses whose deadline still matters: open, and settled but waiting for review (its on-time judgement hangs on it). */
const pendingStatuses = ["办理中", "待审核"];

/**
 * Matters open (办理中) or waiting for review (待审核) with what their deadline depends on,
 * approved extensions in order; for one waiting for review, its settlement date and the day a
 * drafted settlement of that date was submitted (null when the unit settled directly).
 */
export async function openMatterDeadlines(db: Db) {
  const [rows, extensions, submissions] = await Promise.all([
    db
      .select({
        id: matters.id,
        status: matters.status,
        assigned: matters.assigned,
        days: matters.days,
        deadline: matters.deadline,
        originalDeadline: matters.originalDeadline,
        provisional: matters.provisional,
        overdueSince: matters.overdueSince,
        settled: matters.settled,
        onTime: matters.onTime,
        version: matters.version,
      })
      .from(matters)
      .where(inArray(matters.status, pendingStatuses))
      .orderBy(asc(matters.id)),
    db
      .select({ matterId: matterExtensions.matterId, days: matterExtensions.days })
      .from(matterExtensions)
      .innerJoin(matters, eq(matters.id, matterExtensions.matterId))
      .where(and(inArray(matters.status, pendingStatuses), eq(matterExtensions.status, "已批准")))
      .orderBy(asc(matterExtensions.id)),
    db
      .select({ matterId: drafts.matterId, body: drafts.body, submittedOn: drafts.submittedOn })
      .from(drafts)
      .innerJoin(matters, eq(matters.id, drafts.matterId))
      .where(and(eq(matters.status, "待审核"), eq(drafts.kind, "办结"), eq(drafts.status, "已报送")))
      .orderBy(desc(drafts.id)),
  ]);
  const approved = new Map<number, number[]>();
  for (const e of extensions) approved.set(e.matterId, [...(approved.get(e.matterId) ?? []), e.days]);
  const submittedOn = (m: { id: number; settled: string | null }) =>
    submissions.find((d) => d.matterId === m.id && (d.body as { settled?: string }).settled === m.settled)?.submittedOn ?? null;
  return rows.map((r) => ({ ...r, approvedExtensionDays: approved.get(r.id) ?? [], submitted: r.status === "待审核" ? submittedOn(r) : null }));
}

export type OpenMatterDeadline = Awaited<ReturnType<typeof openMatterDeadlines>>[number];
