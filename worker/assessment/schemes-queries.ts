import { and, asc, desc, eq, notExists, sql, type SQL } from "drizzle-orm";
import { assessmentClosures, assessmentSchemes } from "../../schema/tables";
import { defaultScheme, type AssessmentScheme } from "../../domain/assessment";
import type { Db } from "../platform/db";
import type { Write } from "../platform/batch";
import { guardedInsert } from "../platform/guarded-insert";
import { logIfChanged } from "./statement-guards";

/** A scheme as used for a year: `version` null is the documented default (never stored yet). */
export interface SchemeVersion {
  id: number | null;
  version: number | null;
  scheme: AssessmentScheme;
  createdAt: Date | null;
  createdBy: string | null;
}

export const defaultVersion = (): SchemeVersion => ({ id: null, version: null, scheme: defaultScheme, createdAt: null, createdBy: null });

/** Every stored version of the year's scheme, oldest first. */
export async function listSchemes(db: Db, year: number): Promise<SchemeVersion[]> {
  const rows = await db.select().from(assessmentSchemes).where(eq(assessmentSchemes.year, year)).orderBy(asc(assessmentSchemes.version));
  return rows.map((r) => ({ id: r.id, version: r.version, scheme: r.scheme as AssessmentScheme, createdAt: r.createdAt, createdBy: r.createdBy }));
}

/** The version in force for the year: the latest stored, else the default. */
export async function currentScheme(db: Db, year: number): Promise<SchemeVersion> {
  const [r] = await db.select().from(assessmentSchemes).where(eq(assessmentSchemes.year, year)).orderBy(desc(assessmentSchemes.version)).limit(1);
  return r ? { id: r.id, version: r.version, scheme: r.scheme as AssessmentScheme, createdAt: r.createdAt, createdBy: r.createdBy } : defaultVersion();
}

/** The next version number, computed inside the INSERT so two edits cannot take the same one. */
const nextVersion = (db: Db, year: number) =>
  sql<number>`(${db
    .select({ v: sql`coalesce(max(${assessmentSchemes.version}), 0) + 1` })
    .from(assessmentSchemes)
    .where(eq(assessmentSchemes.year, year))})`;

/**
 * Writes that store `scheme` as the year's next version, with its change-log line, but only
 * where `guard` holds when the statement runs (e.g. the year is still open).
 */
export function addSchemeWrites(db: Db, year: number, scheme: AssessmentScheme, actor: string, guard: SQL | undefined): Write[] {
  return [
    guardedInsert(
      db,
      assessmentSchemes,
      { id: null, year, version: nextVersion(db, year), scheme: JSON.stringify(scheme), createdBy: actor, createdAt: Date.now() },
      guard,
    ),
    logIfChanged(db, { actor, entity: "assessment_schemes", entityId: String(year), action: "insert", after: scheme }),
  ];
}

/** No version of the year's scheme is stored yet. */
export const noSchemeYet = (db: Db, year: number) =>
  notExists(db.select({ id: assessmentSchemes.id }).from(assessmentSchemes).where(eq(assessmentSchemes.year, year)));

/** The id of the year's latest stored scheme, as an SQL subquery usable inside a batch. */
export const latestSchemeId = (db: Db, year: number) =>
  sql<number>`(${db
    .select({ id: assessmentSchemes.id })
    .from(assessmentSchemes)
    .where(eq(assessmentSchemes.year, year))
    .orderBy(desc(assessmentSchemes.version))
    .limit(1)})`;

export async function findClosure(db: Db, year: number) {
  const [row] = await db
    .select({ year: assessmentClosures.year, result: assessmentClosures.result, closedBy: assessmentClosures.closedBy, closedAt: assessmentClosures.closedAt, version: assessmentSchemes.version })
    .from(assessmentClosures)
    .innerJoin(assessmentSchemes, and(eq(assessmentSchemes.id, assessmentClosures.schemeId)))
    .where(eq(assessmentClosures.year, year));
  return row ?? null;
}
