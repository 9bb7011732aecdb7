import { and, count, eq, inArray, lte, or } from "drizzle-orm";
import { reports } from "../../schema/tables";
import { dutyFor, periodsDueBy, reportingPeriods, reportingUnits, type Count, type ReportDuty } from "../../domain/assessment";
import { resolveResponsibleUnits } from "../../domain/responsibility";
import { reportingCycles, type ReportingCycle } from "../../schema/values";
import type { Directory } from "../platform/directory";
import type { loadTasks } from "../tasks/tasks-queries";
import type { WorkCalendar } from "../../domain/calendar";
import type { Db } from "../platform/db";

/**
 * Per unit, progress reports owed in year Y and how many came on time. Each task's duty (set by
 * the office, default: the lead unit only, at the ledger's cycle) names the units that report and
 * how often; for each of them every period of Y whose due day is on or before today and not
 * before the year's assessment start counts 1 (`periodsDueBy`); it scores 1 when the unit's
 * report for that task and period was on time (`reportOnTime`: submitted on or before the due
 * day, the condition the query filters on). Only on-time reports are read.
 */
export async function countReports(
  db: Db,
  input: {
    year: number;
    today: string;
    start: string;
    cycle: ReportingCycle;
    cal: WorkCalendar;
    duties: ReadonlyArray<ReportDuty>;
    tasks: Awaited<ReturnType<typeof loadTasks>>;
    directory: Directory;
  },
) {
  const dueOf = new Map(reportingCycles.map((cycle) => [cycle, periodsDueBy(input.year, cycle, input.cal, input.today, input.start)]));
  const owed = input.tasks.flatMap((t) => {
    const duty = dutyFor(t.no, input.duties, input.cycle);
    const lead = resolveResponsibleUnits(t.responsibilities.filter((r) => r.position === 0), input.directory);
    const all = resolveResponsibleUnits(t.responsibilities, input.directory);
    return [{ taskNo: t.no, unitIds: reportingUnits(duty.reporters, { lead, all }), due: dueOf.get(duty.cycle)! }];
  });
  const result = new Map<number, Count>();
  const periods = [...new Map(owed.flatMap((o) => (o.unitIds.length ? o.due : [])).map((p) => [p.period, p])).values()];
  if (periods.length === 0) return result;
  const onTime = await db
    .select({ unitId: reports.unitId, taskNo: reports.taskNo, period: reports.period })
    .from(reports)
    .where(or(...periods.map((p) => and(eq(reports.period, p.period), lte(reports.submittedOn, p.due)))));
  const keys = new Set(onTime.map((r) => `${r.unitId}|${r.taskNo}|${r.period}`));
  for (const { taskNo, unitIds, due } of owed) {
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

/**
 * Reports received per task for the year's periods of either cycle (a task may report monthly
 * while the ledger reports quarterly), at any submission day: GROUP BY task.
 */
export async function reportsPerTask(db: Db, year: number) {
  const periods = reportingCycles.flatMap((cycle) => reportingPeriods(year, cycle).map((p) => p.period));
  const rows = await db
    .select({ taskNo: reports.taskNo, reports: count() })
    .from(reports)
    .where(inArray(reports.period, periods))
    .groupBy(reports.taskNo);
  return new Map(rows.map((r) => [r.taskNo, r.reports]));
}
