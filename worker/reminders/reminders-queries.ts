import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { matters, matterUnits, reminderDeliveries, reminders, unitChannels, units } from "../../schema/tables";
import type { DeliveryWire, ReminderWire } from "../../schema/contracts/matters";
import type { Db } from "../platform/db";
import { chunkForD1 } from "../platform/batch";
import { maskUrl } from "../platform/mask-url";

export interface ReminderFilter {
  /** Reminders of matters where this unit is lead or co-unit. */
  unitId?: number;
  on?: string;
  matterId?: number;
  /** Only matters still open, each with its latest reminder. */
  open?: boolean;
}

/** Reminders (催办记录), newest day first, with their matter's title, lead and deadline. */
export async function listReminders(db: Db, f: ReminderFilter) {
  const where: SQL[] = [];
  if (f.unitId !== undefined) {
    where.push(inArray(reminders.matterId, db.select({ id: matterUnits.matterId }).from(matterUnits).where(eq(matterUnits.unitId, f.unitId))));
  }
  if (f.on !== undefined) where.push(eq(reminders.on, f.on));
  if (f.matterId !== undefined) where.push(eq(reminders.matterId, f.matterId));
  if (f.open) {
    where.push(eq(matters.status, "办理中"));
    where.push(sql`${reminders.on} = (select max(r2."on") from ${reminders} r2 where r2.matter_id = ${reminders.matterId})`);
  }
  return db
    .select({
      id: reminders.id,
      matterId: reminders.matterId,
      title: matters.title,
      lead: units.name,
      on: reminders.on,
      kind: reminders.kind,
      workdaysLeft: reminders.workdaysLeft,
      deadline: matters.deadline,
    })
    .from(reminders)
    .innerJoin(matters, eq(matters.id, reminders.matterId))
    .innerJoin(units, eq(units.id, matters.leadUnitId))
    .where(and(...where))
    .orderBy(desc(reminders.on), asc(reminders.matterId), asc(reminders.id));
}

/** The deliveries of these reminders, by reminder id, in the order they were created. */
export async function deliveriesOf(db: Db, reminderIds: number[]): Promise<Map<number, DeliveryWire[]>> {
  const byReminder = new Map<number, DeliveryWire[]>();
  for (const ids of chunkForD1(reminderIds, 1)) {
    const rows = await db
      .select({ d: reminderDeliveries, kind: unitChannels.kind, url: unitChannels.url, unit: units.name })
      .from(reminderDeliveries)
      .innerJoin(unitChannels, eq(unitChannels.id, reminderDeliveries.channelId))
      .innerJoin(units, eq(units.id, unitChannels.unitId))
      .where(inArray(reminderDeliveries.reminderId, ids))
      .orderBy(asc(reminderDeliveries.id));
    for (const r of rows) {
      const list = byReminder.get(r.d.reminderId) ?? [];
      list.push({
        recipient: r.d.recipient as DeliveryWire["recipient"],
        person: r.d.personId === null ? null : { id: r.d.personId, name: r.d.personName },
        unit: r.unit,
        channel: r.kind as DeliveryWire["channel"],
        url: maskUrl(r.url),
        status: r.d.status as DeliveryWire["status"],
        attempts: r.d.attempts,
        lastError: r.d.lastError,
        nextAttemptAt: r.d.nextAttemptAt?.toISOString() ?? null,
        deliveredAt: r.d.deliveredAt?.toISOString() ?? null,
      });
      byReminder.set(r.d.reminderId, list);
    }
  }
  return byReminder;
}

/** Reminders as the API answers them, each with its deliveries. */
export async function remindersWithDeliveries(db: Db, f: ReminderFilter): Promise<ReminderWire[]> {
  const rows = await listReminders(db, f);
  const deliveries = await deliveriesOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, kind: r.kind as ReminderWire["kind"], deliveries: deliveries.get(r.id) ?? [] }));
}
