import { and, eq, inArray, isNull } from "drizzle-orm";
import { changeLog, matters, reminderDeliveries, reminders } from "../../schema/tables";
import { reminderFor } from "../../domain/matters/reminder-for";
import type { Db } from "../platform/db";
import { chunkForD1, runBatch, type Write } from "../platform/batch";
import { readSetting } from "../platform/settings";
import { loadWorkCalendar } from "../calendar/calendar-queries";
import { openMatters } from "../matters/matters-queries";
import { allCurrentChannels } from "../units/channels-queries";
import { loadRecipients } from "./recipients";
import { markQueued, unqueuedDeliveries } from "./deliveries/delivery-queries";
import type { DeliveryMessage } from "./deliveries/delivery-consumer";

const ACTOR = "system:cron";

type Due = { m: Awaited<ReturnType<typeof openMatters>>[number]; r: NonNullable<ReturnType<typeof reminderFor>> };

/** Marks overdue (once) and records one reminder per matter, day and level. */
async function recordReminders(db: Db, today: string, due: Due[]) {
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
  return toMark.length;
}

/** One delivery row per reminder, recipient (person) and channel of the recipient's unit (once each). */
async function recordDeliveries(db: Db, today: string, due: Due[]) {
  if (due.length === 0) return;
  const [recipientsFor, channels] = await Promise.all([
    loadRecipients(db, due.map(({ m, r }) => ({ leadUnitId: m.leadUnitId, taskNo: m.taskNo, level: r.kind }))),
    allCurrentChannels(db),
  ]);
  const levelOf = new Map(due.map(({ m, r }) => [m.id, { m, kind: r.kind }]));
  const todays = [];
  for (const ids of chunkForD1([...levelOf.keys()], 2)) {
    todays.push(...(await db.select().from(reminders).where(and(eq(reminders.on, today), inArray(reminders.matterId, ids)))));
  }
  const createdAt = new Date();
  const rows = todays.flatMap((rem) => {
    const d = levelOf.get(rem.matterId);
    if (!d || d.kind !== rem.kind) return [];
    return recipientsFor(d.m, d.kind).flatMap((to) =>
      channels
        .filter((c) => c.unitId === to.unitId)
        .map((c) => ({ reminderId: rem.id, channelId: c.id, recipient: to.to, personId: to.person?.id ?? null, personName: to.person?.name ?? null, createdAt })),
    );
  });
  await runBatch(db, chunkForD1(rows, 9).map((chunk) => db.insert(reminderDeliveries).values(chunk).onConflictDoNothing()));
}

/** Hands the day's deliveries not yet queued to the queue, 100 messages per send. */
async function enqueueDeliveries(db: Db, queue: Queue, today: string) {
  const ids = await unqueuedDeliveries(db, today);
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100);
    await queue.sendBatch(chunk.map((deliveryId) => ({ body: { deliveryId } satisfies DeliveryMessage, contentType: "json" as const })));
    await markQueued(db, chunk, new Date());
  }
  return ids.length;
}

/**
 * The daily 催办 run for `today` (China time): marks open matters past their deadline overdue
 * (`overdueSince`, once), records one reminder per matter due soon or overdue at its level
 * (临期 / 逾期 / 严重逾期), and queues one delivery per recipient and channel. Running twice on one
 * day adds and sends nothing again (one reminder per matter, day and level; one delivery per
 * reminder, channel and recipient). Marking overdue does not change a matter's version: it is
 * the job's bookkeeping, not an edit a user could conflict with.
 */
export async function runDailyReminders(db: Db, today: string, queue: Queue): Promise<{ due: number; markedOverdue: number; queued: number }> {
  const [open, cal, dueSoonWorkdays] = await Promise.all([openMatters(db), loadWorkCalendar(db), readSetting(db, "dueSoonWorkdays")]);
  const due = open.flatMap((m) => {
    const r = reminderFor(m, today, cal, dueSoonWorkdays);
    return r ? [{ m, r }] : [];
  });
  const markedOverdue = await recordReminders(db, today, due);
  await recordDeliveries(db, today, due);
  const queued = await enqueueDeliveries(db, queue, today);
  return { due: due.length, markedOverdue, queued };
}
