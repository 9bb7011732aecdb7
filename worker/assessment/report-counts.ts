import { and, count, eq, inArray, lte, or } from "drizzle-orm";
import { reports } from "../../schema/tables";
import { periodsDueBy, reportingPeriods, type Count } from "../../domain/assessment";
import type { WorkCalendar } from "../../domain/calendar";
import type { Db } from "../platform/db";

/**
 * Per unit, progress reports due in year Y and how many came on time. For each task and each
 * unit responsible for it (groups expanded), every period of Y whose due day is on or before
 * today counts 1 (`periodsDueBy`); it scores 1 when the unit's report for that task and period
 * was on time (`reportOnTime`: submitted on or before the due day, the condition the query
 * filters on). Only on-time reports are read (one row per unit, task and period).
 */
export async function countReports(
  db: Db,
  input: { year: number; today: string; cycle: "quarterly" | "monthly"; cal: WorkCalendar; responsible: Map<number, number[]> },
) {
  const due = periodsDueBy(input.year, input.cycle, input.cal, input.today);
  const result = new Map<number, Count>();
  if (due.length === 0) return result;
  const onTime = await db
    .select({ unitId: reports.unitId, taskNo: reports.taskNo, period: reports.period })
    .from(reports)
    .where(or(...due.map((p) => and(eq(reports.period, p.period), lte(reports.submittedOn, p.due)))));
  const keys = new Set(onTime.map((r) => `${r.unitId}|${r.taskNo}|${r.period}`));
  for (const [taskNo, unitIds] of input.responsible) {
    for (const unitId of unitIds) {
      const c = result.get(unitId) ?? { numerator: 0, denominator: 0 };
      for (const p of due) {
        c.denominator += 1;
        if (keys.has(`${unitId}|${taskNo}|${p.period}`)) c.numerator += 1;
      }
      result.set(unitId, c);
    }
  }
  return result;
}

/** Reports received per task for the year's periods (any submission day): GROUP BY task. */
export async function reportsPerTask(db: Db, year: number, cycle: "quarterly" | "monthly") {
  const periods = reportingPeriods(year, cycle).map((p) => p.period);
  const rows = await db
    .select({ taskNo: reports.taskNo, reports: count() })
    .from(reports)
    .where(inArray(reports.period, periods))
    .groupBy(reports.taskNo);
  return new Map(rows.map((r) => [r.taskNo, r.reports]));
}
