import { and, eq, isNull } from "drizzle-orm";
import { changeLog, matters, reminders } from "../../schema/tables";
import { reminderFor } from "../../domain/matters/reminder-for";
import type { Db } from "../platform/db";
import { chunkForD1, runBatch, type Write } from "../platform/batch";
import { readSetting } from "../platform/settings";
import { loadWorkCalendar } from "../calendar/calendar-queries";
import { openMatters } from "../matters/matters-queries";

const ACTOR = "system:cron";

/**
 * The daily 催办 run for `today` (China time): marks open matters past their deadline overdue
 * (`overdueSince`, once) and records one reminder per matter due soon or overdue. Running twice on
 * one day adds nothing (one reminder per matter per day). Marking overdue does not change a
 * matter's version: it is the job's bookkeeping, not an edit a user could conflict with.
 */
export async function runDailyReminders(db: Db, today: string): Promise<{ due: number; markedOverdue: number }> {
  const [open, cal, dueSoonWorkdays] = await Promise.all([openMatters(db), loadWorkCalendar(db), readSetting(db, "dueSoonWorkdays")]);
  const due = open.flatMap((m) => {
    const r = reminderFor(m, today, cal, dueSoonWorkdays);
    return r ? [{ m, r }] : [];
  });
  const toMark = due.filter(({ m, r }) => r.overdue && m.overdueSince === null).map(({ m }) => m);
  const rows = due.map(({ m, r }) => ({ matterId: m.id, on: today, kind: r.kind, workdaysLeft: r.workdaysLeft, createdAt: new Date() }));
  const writes: Write[] = [
    ...toMark.flatMap((m) => [
      db.update(matters).set({ overdueSince: today }).where(and(eq(matters.id, m.id), isNull(matters.overdueSince))),
      db.insert(changeLog).values({
        actor: ACTOR,
        entity: "matters",
        entityId: String(m.id),
        action: "overdue",
        before: { overdueSince: null, deadline: m.deadline },
        after: { overdueSince: today, deadline: m.deadline },
      }),
    ]),
    ...chunkForD1(rows, 5).map((chunk) => db.insert(reminders).values(chunk).onConflictDoNothing()),
  ];
  await runBatch(db, writes);
  return { due: rows.length, markedOverdue: toMark.length };
}
