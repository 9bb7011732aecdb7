import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { assessmentAdjustments, units } from "../../schema/tables";
import type { Db } from "../platform/db";
import type { Write } from "../platform/batch";
import { logIfChanged, oneRow, yearIsOpen } from "./statement-guards";

/** The year's recorded adjustments in date order, with unit names; optionally one unit's. */
export async function listAdjustments(db: Db, year: number, unitId?: number) {
  const where: SQL[] = [eq(assessmentAdjustments.year, year)];
  if (unitId !== undefined) where.push(eq(assessmentAdjustments.unitId, unitId));
  return db
    .select({
      id: assessmentAdjustments.id,
      unitId: assessmentAdjustments.unitId,
      unit: units.name,
      kind: assessmentAdjustments.kind,
      reason: assessmentAdjustments.reason,
      date: assessmentAdjustments.date,
      createdBy: assessmentAdjustments.createdBy,
      createdAt: assessmentAdjustments.createdAt,
    })
    .from(assessmentAdjustments)
    .innerJoin(units, eq(units.id, assessmentAdjustments.unitId))
    .where(and(...where))
    .orderBy(asc(assessmentAdjustments.date), asc(assessmentAdjustments.id));
}

export type AdjustmentRow = Awaited<ReturnType<typeof listAdjustments>>[number];

/** Writes that record an adjustment with its change-log line, only while the year is open. */
export function addAdjustmentWrites(
  db: Db,
  values: { year: number; unitId: number; kind: string; reason: string; date: string },
  actor: string,
  entityId: string,
): Write[] {
  return [
    db.insert(assessmentAdjustments).select(
      db
        .select({
          id: sql<number>`null`.as("id"),
          year: sql<number>`${values.year}`.as("year"),
          unitId: sql<number>`${values.unitId}`.as("unitId"),
          kind: sql<string>`${values.kind}`.as("kind"),
          reason: sql<string>`${values.reason}`.as("reason"),
          date: sql<string>`${values.date}`.as("date"),
          createdBy: sql<string>`${actor}`.as("createdBy"),
          createdAt: sql<Date>`${Date.now()}`.as("createdAt"),
        })
        .from(oneRow)
        .where(yearIsOpen(db, values.year)),
    ),
    logIfChanged(db, { actor, entity: "assessment_adjustments", entityId, action: "insert", after: { ...values, createdBy: actor } }),
  ];
}
