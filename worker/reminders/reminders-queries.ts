import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import { matters, matterUnits, reminders, units } from "../../schema/tables";
import type { Db } from "../platform/db";

export interface ReminderFilter {
  /** Reminders of matters where this unit is lead or co-unit. */
  unitId?: number;
  on?: string;
  matterId?: number;
}

/** Reminders (催办记录), newest day first, with their matter's title, lead and deadline. */
export async function listReminders(db: Db, f: ReminderFilter) {
  const where: SQL[] = [];
  if (f.unitId !== undefined) {
    where.push(inArray(reminders.matterId, db.select({ id: matterUnits.matterId }).from(matterUnits).where(eq(matterUnits.unitId, f.unitId))));
  }
  if (f.on !== undefined) where.push(eq(reminders.on, f.on));
  if (f.matterId !== undefined) where.push(eq(reminders.matterId, f.matterId));
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
    .orderBy(desc(reminders.on), asc(reminders.matterId));
}
