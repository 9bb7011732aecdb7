import { and, desc, eq, notExists, sql } from "drizzle-orm";
import { assessmentAdjustments, assessmentClosures, assessmentSchemes, changeLog } from "../../schema/tables";
import type { Db } from "../platform/db";
import { guardedInsert } from "../platform/guarded-insert";

/**
 * Conditions evaluated inside the writes themselves, so that a close and an edit racing each
 * other cannot both succeed: an edit lands only while the year is open, and a close lands only
 * if nothing it froze has changed since it was computed.
 */
export const yearIsOpen = (db: Db, year: number) =>
  notExists(db.select({ year: assessmentClosures.year }).from(assessmentClosures).where(eq(assessmentClosures.year, year)));

/** The id of the year's latest adjustment (0 when none), as read now or inside a statement. */
export const lastAdjustmentId = (db: Db, year: number) =>
  sql<number>`(${db
    .select({ id: sql`coalesce(max(${assessmentAdjustments.id}), 0)` })
    .from(assessmentAdjustments)
    .where(eq(assessmentAdjustments.year, year))})`;

/** The stored JSON of the year's latest scheme version (null when none). */
export const latestSchemeJson = (db: Db, year: number) =>
  sql<string | null>`(${db
    .select({ scheme: sql`${assessmentSchemes.scheme}` })
    .from(assessmentSchemes)
    .where(eq(assessmentSchemes.year, year))
    .orderBy(desc(assessmentSchemes.version))
    .limit(1)})`;

/** True inside a statement when the year's latest scheme is exactly `json` and the adjustments are as seen. */
export const unchangedSince = (db: Db, year: number, seen: { schemeJson: string; lastAdjustmentId: number }) =>
  and(sql`${latestSchemeJson(db, year)} = ${seen.schemeJson}`, sql`${lastAdjustmentId(db, year)} = ${seen.lastAdjustmentId}`);

/** How many rows the first statement of a D1 batch changed. */
export const changesOf = (result: unknown) => (result as { meta?: { changes?: number } }).meta?.changes ?? 0;

/**
 * A change-log line written only when the statement just before it in the batch changed a row
 * (SQLite's changes()), so a guarded write that did nothing leaves no log either.
 */
export function logIfChanged(db: Db, entry: { actor: string; entity: string; entityId: string; action: string; after: unknown }) {
  return guardedInsert(
    db,
    changeLog,
    { id: null, at: Date.now(), ...entry, before: null, after: JSON.stringify(entry.after) },
    sql`changes() > 0`,
  );
}
