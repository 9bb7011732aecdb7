import { and, asc, eq, inArray, lt, sql } from "drizzle-orm";
import { matterUnits, matters, units } from "../../schema/tables";
import type { Db } from "../platform/db";
import { deadlineInYearCondition as inYear, isOpen, isSettled, settledOnTime } from "../matters/matter-conditions";
const total = (cond: ReturnType<typeof sql>) => sql<number>`coalesce(sum(case when ${cond} then 1 else 0 end), 0)`.mapWith(Number);

/**
 * Per task, the matters whose deadline falls in year Y split four ways: open and not yet
 * overdue, settled on time, settled late (a settlement waiting for review counts by the unit's
 * date), open past the deadline. Cancelled matters are in none. One GROUP BY.
 */
export async function matterProgressPerTask(db: Db, year: number, today: string) {
  const rows = await db
    .select({
      taskNo: matters.taskNo,
      mattersOpen: total(sql`${isOpen} and ${matters.deadline} >= ${today}`),
      settledOnTime: sql<number>`coalesce(sum(${settledOnTime}), 0)`.mapWith(Number),
      settledLate: total(sql`${isSettled} and ${matters.settled} > ${matters.deadline}`),
      overdue: total(sql`${isOpen} and ${matters.deadline} < ${today}`),
    })
    .from(matters)
    .where(inYear(year))
    // `+` keeps SQLite from walking the task index (one random row lookup per matter): it scans once.
    .groupBy(sql`+${matters.taskNo}`);
  return new Map(rows.map(({ taskNo, ...r }) => [taskNo, r]));
}

/** Open matters of year Y past their deadline, oldest deadline first, with lead and co-units. */
export async function overdueMatters(db: Db, year: number, today: string) {
  const where = and(inYear(year), isOpen, lt(matters.deadline, today));
  const [rows, coRows] = await db.batch([
    db
      .select({ id: matters.id, title: matters.title, lead: units.name, deadline: matters.deadline })
      .from(matters)
      .innerJoin(units, eq(units.id, matters.leadUnitId))
      .where(where)
      .orderBy(asc(matters.deadline), asc(matters.id)),
    db
      .select({ matterId: matterUnits.matterId, unit: units.name })
      .from(matterUnits)
      .innerJoin(units, eq(units.id, matterUnits.unitId))
      .where(and(eq(matterUnits.role, "co"), inArray(matterUnits.matterId, db.select({ id: matters.id }).from(matters).where(where))))
      .orderBy(asc(units.sortOrder), asc(units.id)),
  ]);
  const co = new Map<number, string[]>();
  for (const r of coRows) co.set(r.matterId, [...(co.get(r.matterId) ?? []), r.unit]);
  return rows.map((r) => ({ ...r, co: co.get(r.id) ?? [] }));
}
