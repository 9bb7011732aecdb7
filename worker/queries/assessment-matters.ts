import { and, eq, gte, lt, lte, or, sql, count } from "drizzle-orm";
import { matterUnits, matters } from "../../schema/tables";
import type { Count } from "../../domain/assessment";
import type { Db } from "../db";

const settled = "已办结";

/**
 * A matter counts for year Y when its deadline falls in Y and it is judged: settled, or its
 * deadline has passed (deadline < today; for a past year every deadline in it has passed).
 * Open matters not yet due are not judged. On time = settled on or before the deadline.
 */
export function judgedInYear(year: number, today: string) {
  return and(
    gte(matters.deadline, `${year}-01-01`),
    lte(matters.deadline, `${year}-12-31`),
    or(eq(matters.status, settled), lt(matters.deadline, today)),
  );
}

/** 1 when the matter was settled on or before its deadline, else 0 (for SUM). */
export const settledOnTime = sql<number>`case when ${matters.status} = ${settled} and ${matters.settled} <= ${matters.deadline} then 1 else 0 end`;

/**
 * Per unit, the judged matters of year Y it leads (`lead`) and co-handles (`co`), and how many
 * of them were settled on time: two GROUP BY queries in one batch.
 */
export async function countMatters(db: Db, year: number, today: string) {
  const onTime = sql<number>`coalesce(sum(${settledOnTime}), 0)`.mapWith(Number);
  const [leadRows, coRows] = await db.batch([
    db
      .select({ unitId: matters.leadUnitId, numerator: onTime, denominator: count() })
      .from(matters)
      .where(judgedInYear(year, today))
      .groupBy(matters.leadUnitId),
    db
      .select({ unitId: matterUnits.unitId, numerator: onTime, denominator: count() })
      .from(matterUnits)
      .innerJoin(matters, eq(matters.id, matterUnits.matterId))
      .where(and(eq(matterUnits.role, "co"), judgedInYear(year, today)))
      .groupBy(matterUnits.unitId),
  ]);
  const toMap = (rows: { unitId: number; numerator: number; denominator: number }[]) =>
    new Map<number, Count>(rows.map((r) => [r.unitId, { numerator: r.numerator, denominator: r.denominator }]));
  return { lead: toMap(leadRows), co: toMap(coRows) };
}
