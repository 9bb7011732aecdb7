import { and, eq, gte, inArray, lte, sql } from "drizzle-orm";
import { matters, meetingAttendees, meetingDecisions, meetings, units } from "../../schema/tables";
import type { MeetingFigures } from "../../schema/contracts/meetings";
import { attendedStatuses } from "../../schema/values";
import type { Db } from "../platform/db";
import { isOpen, isSettled } from "../matters/matter-conditions";

const inYear = (year: number) => and(gte(meetings.date, `${year}-01-01`), lte(meetings.date, `${year}-12-31`));
const sum = (cond: ReturnType<typeof sql>) => sql<number>`coalesce(sum(case when ${cond} then 1 else 0 end), 0)`.mapWith(Number);
const rate = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 10_000) / 10_000);

/**
 * Per unit, for meetings held in year Y up to `today`: the decisions it leads and how many of
 * them its matter settled by the deadline (会议决定落实率: a decision not yet turned into a matter
 * counts as not settled), and the meetings it was invited to and attended, in person or by a
 * delegate (出席率). Units with neither are left out. For the assessment's indicators.
 */
export async function meetingFigures(db: Db, year: number, today: string): Promise<MeetingFigures[]> {
  const held = and(inYear(year), lte(meetings.date, today));
  const [decisions, attendance, names] = await db.batch([
    db
      .select({
        unitId: meetingDecisions.leadUnitId,
        led: sql<number>`count(*)`.mapWith(Number),
        onTime: sum(sql`${isSettled} and ${matters.settled} <= ${matters.deadline}`),
      })
      .from(meetingDecisions)
      .innerJoin(meetings, eq(meetings.id, meetingDecisions.meetingId))
      .leftJoin(matters, eq(matters.id, meetingDecisions.matterId))
      .where(held)
      .groupBy(meetingDecisions.leadUnitId),
    db
      .select({
        unitId: meetingAttendees.unitId,
        invited: sql<number>`count(*)`.mapWith(Number),
        attended: sum(sql`${inArray(meetingAttendees.status, [...attendedStatuses])}`),
      })
      .from(meetingAttendees)
      .innerJoin(meetings, eq(meetings.id, meetingAttendees.meetingId))
      .where(held)
      .groupBy(meetingAttendees.unitId),
    db.select({ id: units.id, name: units.name }).from(units).orderBy(units.sortOrder, units.id),
  ]);
  return names.flatMap((u) => {
    const d = decisions.find((x) => x.unitId === u.id);
    const a = attendance.find((x) => x.unitId === u.id);
    if (!d && !a) return [];
    const led = d?.led ?? 0;
    const onTime = d?.onTime ?? 0;
    const invited = a?.invited ?? 0;
    const attended = a?.attended ?? 0;
    return [{ unit: u.name, decisionsLed: led, decisionsSettledOnTime: onTime, decisionRate: rate(onTime, led), meetingsInvited: invited, meetingsAttended: attended, attendanceRate: rate(attended, invited) }];
  });
}

/** The year's meetings for the leaders' summary, and its decisions settled, open, overdue (and not yet turned into matters). */
export async function meetingsOfYear(db: Db, year: number, today: string) {
  const [held, counts] = await db.batch([
    db.select({ id: meetings.id, kind: meetings.kind, date: meetings.date, minutesNo: meetings.minutesNo }).from(meetings).where(inYear(year)).orderBy(meetings.date, meetings.id),
    db
      .select({
        total: sql<number>`count(*)`.mapWith(Number),
        settled: sum(sql`${isSettled}`),
        open: sum(sql`${isOpen} and ${matters.deadline} >= ${today}`),
        overdue: sum(sql`${isOpen} and ${matters.deadline} < ${today}`),
        notTurned: sum(sql`${meetingDecisions.matterId} is null`),
      })
      .from(meetingDecisions)
      .innerJoin(meetings, eq(meetings.id, meetingDecisions.meetingId))
      .leftJoin(matters, eq(matters.id, meetingDecisions.matterId))
      .where(inYear(year)),
  ]);
  const c = counts[0] ?? { total: 0, settled: 0, open: 0, overdue: 0, notTurned: 0 };
  return { held: held.map((m) => ({ ...m, kind: m.kind as "联席会议" | "专题会议" })), decisions: c };
}
