import { and, asc, eq, type SQL } from "drizzle-orm";
import { assessmentAdjustments, units } from "../../schema/tables";
import type { Db } from "../platform/db";
import type { Write } from "../platform/batch";
import { guardedInsert } from "../platform/guarded-insert";
import { logIfChanged, yearIsOpen } from "./statement-guards";

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
    guardedInsert(db, assessmentAdjustments, { id: null, ...values, createdBy: actor, createdAt: Date.now() }, yearIsOpen(db, values.year)),
    logIfChanged(db, { actor, entity: "assessment_adjustments", entityId, action: "insert", after: { ...values, createdBy: actor } }),
  ];
}
