import { and, eq, gte, inArray, isNotNull, isNull, lte, or, sql } from "drizzle-orm";
import { matters, meetingAttendees, meetingDecisions, meetings } from "../../schema/tables";
import { attendedStatuses } from "../../schema/values";
import type { Count } from "../../domain/assessment";
import { decisionCounts } from "../../domain/meetings/decision-counts";
import type { WorkCalendar } from "../../domain/calendar";
import type { Db } from "../platform/db";
import { researchApprovalCounts } from "../research/research-figures";

type Year = { year: number; today: string; start: string };

/** The days of year Y from its assessment start up to today (null when none has come yet). */
export function daysSoFar({ year, today, start }: Year): { from: string; to: string } | null {
  const last = `${year}-12-31`;
  const to = today < last ? today : last;
  return start > to ? null : { from: start, to };
}

/**
 * 会议决定落实率 per lead unit (`decisionCounts` decides what counts): one query reads the decisions
 * of meetings held by the end of Y that are not yet turned into matters or whose matter's
 * deadline falls in Y from its start; the limits of the unturned ones are worked out on the calendar.
 */
export async function countDecisions(db: Db, y: Year & { cal: WorkCalendar }): Promise<Map<number, Count>> {
  const rows = await db
    .select({
      leadUnitId: meetingDecisions.leadUnitId,
      minutesDate: meetings.minutesDate,
      date: meetings.date,
      days: meetingDecisions.days,
      matterId: matters.id,
      status: matters.status,
      deadline: matters.deadline,
      settled: matters.settled,
    })
    .from(meetingDecisions)
    .innerJoin(meetings, eq(meetings.id, meetingDecisions.meetingId))
    .leftJoin(matters, eq(matters.id, meetingDecisions.matterId))
    .where(
      and(
        lte(meetings.date, `${y.year}-12-31`),
        or(isNull(meetingDecisions.matterId), and(gte(matters.deadline, y.start), lte(matters.deadline, `${y.year}-12-31`))),
      ),
    );
  return decisionCounts(
    rows.map((r) => ({
      leadUnitId: r.leadUnitId,
      from: r.minutesDate ?? r.date,
      days: r.days,
      matter: r.matterId === null ? null : { status: r.status!, deadline: r.deadline!, settled: r.settled },
    })),
    y,
  );
}

/**
 * 会议出席率 per invited unit: of the invitations to meetings held from the year's start up to
 * today whose attendance was recorded, those attended in person or by a delegate (出席, 委派代表出席);
 * 请假 and 缺席 count against it. One GROUP BY.
 */
export async function countAttendance(db: Db, y: Year): Promise<Map<number, Count>> {
  const days = daysSoFar(y);
  if (!days) return new Map();
  const rows = await db
    .select({
      unitId: meetingAttendees.unitId,
      numerator: sql<number>`coalesce(sum(case when ${inArray(meetingAttendees.status, [...attendedStatuses])} then 1 else 0 end), 0)`.mapWith(Number),
      denominator: sql<number>`count(*)`.mapWith(Number),
    })
    .from(meetingAttendees)
    .innerJoin(meetings, eq(meetings.id, meetingAttendees.meetingId))
    .where(and(gte(meetings.date, days.from), lte(meetings.date, days.to), isNotNull(meetingAttendees.status)))
    .groupBy(meetingAttendees.unitId);
  return new Map(rows.map((r) => [r.unitId, { numerator: r.numerator, denominator: r.denominator }]));
}

/** 联合调研按时审定率 per unit (the office's own answers are not a unit's and are left out). */
export async function countResearchApprovals(db: Db, y: Year): Promise<Map<number, Count>> {
  const counts = await researchApprovalCounts(db, y.year, y.today, y.start);
  const result = new Map<number, Count>();
  for (const [party, c] of counts) if (party !== null) result.set(party, { numerator: c.onTime, denominator: c.due });
  return result;
}
