import { and, count, eq, gte, inArray, lt, or, sql } from "drizzle-orm";
import { matterUnits, matters } from "../../schema/tables";
import type { Count } from "../../domain/assessment";
import type { Db } from "../platform/db";
import { deadlineInYearCondition, openStatus, settledOnTime, settledStatuses } from "../matters/matter-conditions";

/**
 * A matter counts for year Y when its deadline falls in Y and it is judged: settled (waiting for
 * review or closed, by the date the unit gave), or open past its deadline (deadline < today; for a
 * past year every deadline in it has passed). Open matters not yet due are not judged; a
 * cancelled matter (已撤销) never is; nor is one whose deadline falls before the year's assessment
 * `start` (YYYY-MM-DD; default 1 January). On time = settled on or before the deadline.
 */
export function judgedInYear(year: number, today: string, start = `${year}-01-01`) {
  // `+status`: most matters of a year are judged, so SQLite must scan matters in order rather than
  // reach each one through the status index (an OR over two status lookups, one random row read
  // per matter): about 1.5 to 3 times faster at 100,000 matters.
  const status = sql`+${matters.status}`;
  const settled = inArray(status, [...settledStatuses]);
  return and(deadlineInYearCondition(year), gte(matters.deadline, start), or(settled, and(eq(status, openStatus), lt(matters.deadline, today))));
}

/**
 * Per unit, the judged matters of year Y it leads (`lead`) and co-handles (`co`), and how many
 * were settled on time, in one GROUP BY over matters joined to their units (the lead is always
 * among a matter's units, so "lead" is the link whose unit is the matter's lead unit).
 *
 * `+matters.id` in the join keeps SQLite from using the matters primary key, so it scans
 * matters once in order and reaches each matter's units through the covering (matter, unit)
 * key, instead of one random matters lookup per link: about half the time at 100,000 matters
 * (scripts/bench-assessment.ts).
 */
export async function countMatters(db: Db, year: number, today: string, start?: string) {
  const rows = await countMattersQuery(db, year, today, start);
  const lead = new Map<number, Count>();
  const co = new Map<number, Count>();
  for (const r of rows) (r.lead ? lead : co).set(r.unitId, { numerator: r.numerator, denominator: r.denominator });
  return { lead, co };
}

/** The GROUP BY of `countMatters`, as a statement (its query plan is tested). */
export function countMattersQuery(db: Db, year: number, today: string, start?: string) {
  const isLead = sql<number>`(${matterUnits.unitId} = ${matters.leadUnitId})`.mapWith(Number);
  return db
    .select({
      unitId: matterUnits.unitId,
      lead: isLead,
      numerator: sql<number>`coalesce(sum(${settledOnTime}), 0)`.mapWith(Number),
      denominator: count(),
    })
    .from(matters)
    .innerJoin(matterUnits, eq(matterUnits.matterId, sql`+${matters.id}`))
    .where(judgedInYear(year, today, start))
    .groupBy(matterUnits.unitId, isLead);
}

/**
 * Per lead unit, the review outcomes of year Y: of its matters closed after review (已办结,
 * deadline in Y, not before the year's assessment `start`), how many were passed at the first
 * review, never returned (退回次数 0). A scheme may weigh this rate (key `firstPassMatters`); the
 * default scheme does not use it.
 */
export async function countFirstPasses(db: Db, year: number, start = `${year}-01-01`) {
  const rows = await db
    .select({
      unitId: matters.leadUnitId,
      numerator: sql<number>`coalesce(sum(case when ${matters.returns} = 0 then 1 else 0 end), 0)`.mapWith(Number),
      denominator: count(),
    })
    .from(matters)
    .where(and(deadlineInYearCondition(year), gte(matters.deadline, start), eq(matters.status, "已办结")))
    .groupBy(matters.leadUnitId);
  return new Map(rows.map((r) => [r.unitId, { numerator: r.numerator, denominator: r.denominator } satisfies Count]));
}
