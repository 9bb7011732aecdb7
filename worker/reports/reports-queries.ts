import { and, desc, eq, inArray, type SQL } from "drizzle-orm";
import { reports, units } from "../../schema/tables";
import { inLists } from "../platform/batch";
import { readBatch } from "../platform/read-batch";
import type { Db } from "../platform/db";

const columns = {
  id: reports.id,
  unitId: reports.unitId,
  unit: units.name,
  task: reports.taskNo,
  period: reports.period,
  progress: reports.progress,
  problems: reports.problems,
  plan: reports.plan,
  submittedOn: reports.submittedOn,
  version: reports.version,
};

export async function listReports(db: Db, filter: { unitId?: number; period?: string; task?: number }) {
  const where: SQL[] = [];
  if (filter.unitId !== undefined) where.push(eq(reports.unitId, filter.unitId));
  if (filter.period !== undefined) where.push(eq(reports.period, filter.period));
  if (filter.task !== undefined) where.push(eq(reports.taskNo, filter.task));
  return db
    .select(columns)
    .from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .where(and(...where))
    .orderBy(desc(reports.period), reports.taskNo, units.sortOrder);
}

/**
 * The reads of the reports for the given (unit, task, period) keys, to decide insert or update
 * and to read a submission back. Both lists are cut so that no statement binds more than D1's 100
 * parameters (50 units × 50 periods each).
 */
export function reportReads(db: Db, unitIds: number[], periods: string[]) {
  return inLists(unitIds, 50).flatMap((someUnits) =>
    inLists(periods, 50).map((somePeriods) =>
      db
        .select(columns)
        .from(reports)
        .innerJoin(units, eq(units.id, reports.unitId))
        .where(and(inArray(reports.unitId, someUnits), inArray(reports.period, somePeriods))),
    ),
  );
}

/** Existing reports for the given (unit, task, period) keys, every part read in one batch. */
export async function findReports(db: Db, unitIds: number[], periods: string[]) {
  if (unitIds.length === 0) return [];
  return (await readBatch(db, reportReads(db, unitIds, periods))).flat();
}

export type ReportView = Awaited<ReturnType<typeof listReports>>[number];

/** One report by id, or null. */
export async function findReport(db: Db, id: number): Promise<ReportView | null> {
  const [row] = await db.select(columns).from(reports).innerJoin(units, eq(units.id, reports.unitId)).where(eq(reports.id, id));
  return row ?? null;
}
