import { and, eq, inArray, isNull } from "drizzle-orm";
import { matters, reminderDeliveries, reminders, unitChannels, units } from "../../../schema/tables";
import type { Db } from "../../platform/db";
import { chunkForD1 } from "../../platform/batch";

/** One delivery with all it needs to be sent: its reminder, the matter and lead, and the channel. */
export async function deliveryToSend(db: Db, id: number) {
  const [row] = await db
    .select({
      delivery: reminderDeliveries,
      reminder: reminders,
      matter: { id: matters.id, title: matters.title, deadline: matters.deadline },
      lead: units.name,
      channel: unitChannels,
    })
    .from(reminderDeliveries)
    .innerJoin(reminders, eq(reminders.id, reminderDeliveries.reminderId))
    .innerJoin(matters, eq(matters.id, reminders.matterId))
    .innerJoin(units, eq(units.id, matters.leadUnitId))
    .innerJoin(unitChannels, eq(unitChannels.id, reminderDeliveries.channelId))
    .where(eq(reminderDeliveries.id, id));
  return row;
}

export type DeliveryUpdate = Partial<Pick<typeof reminderDeliveries.$inferInsert, "status" | "attempts" | "lastError" | "lastAttemptAt" | "nextAttemptAt" | "deliveredAt">>;

export async function updateDelivery(db: Db, id: number, set: DeliveryUpdate) {
  await db.update(reminderDeliveries).set(set).where(eq(reminderDeliveries.id, id));
}

/** Deliveries of the day's reminders not yet handed to the queue. */
export async function unqueuedDeliveries(db: Db, on: string): Promise<number[]> {
  const rows = await db
    .select({ id: reminderDeliveries.id })
    .from(reminderDeliveries)
    .innerJoin(reminders, eq(reminders.id, reminderDeliveries.reminderId))
    .where(and(eq(reminders.on, on), isNull(reminderDeliveries.queuedAt)));
  return rows.map((r) => r.id);
}

export async function markQueued(db: Db, ids: number[], at: Date) {
  for (const chunk of chunkForD1(ids, 1)) {
    await db.update(reminderDeliveries).set({ queuedAt: at }).where(inArray(reminderDeliveries.id, chunk));
  }
}
