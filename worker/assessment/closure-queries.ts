import { and, sql } from "drizzle-orm";
import { assessmentClosures } from "../../schema/tables";
import { defaultScheme } from "../../domain/assessment";
import type { Db } from "../platform/db";
import type { Write } from "../platform/batch";
import type { FrozenResult } from "./assess-year";
import { addSchemeWrites, latestSchemeId, noSchemeYet } from "./schemes-queries";
import { guardedInsert } from "../platform/guarded-insert";
import { lastAdjustmentId, logIfChanged, unchangedSince, yearIsOpen } from "./statement-guards";

/** What the figures being frozen were computed from. */
export interface Seen {
  /** JSON of the scheme used; the default's when no version was stored. */
  schemeJson: string;
  lastAdjustmentId: number;
  /** True when the default was used, so it is stored as version 1 first. */
  usedDefault: boolean;
}

/**
 * Writes that close the year with `frozen`, each guarded inside its own statement: the default
 * scheme is stored only if still no version exists and no adjustment arrived; the closure lands
 * only if the year is open and the latest scheme and adjustments are still what was used. When
 * a guard fails nothing is written, and the caller sees 0 changes on the closure statement
 * (at `closureIndex`).
 */
export function closeWrites(db: Db, year: number, frozen: FrozenResult, seen: Seen, actor: string) {
  const writes: Write[] = [];
  if (seen.usedDefault) {
    writes.push(...addSchemeWrites(db, year, defaultScheme, actor, and(noSchemeYet(db, year), sql`${lastAdjustmentId(db, year)} = ${seen.lastAdjustmentId}`)));
  }
  const closureIndex = writes.length;
  writes.push(
    guardedInsert(
      db,
      assessmentClosures,
      { year, schemeId: latestSchemeId(db, year), result: JSON.stringify(frozen), closedBy: actor, closedAt: Date.now() },
      and(yearIsOpen(db, year), unchangedSince(db, year, seen)),
    ),
    logIfChanged(db, {
      actor,
      entity: "assessment_closures",
      entityId: String(year),
      action: "close",
      after: { version: frozen.scheme.version, figures: frozen.entries.map(({ unit, score, grade, rank, assessed }) => ({ unit, score, grade, rank, assessed })) },
    }),
  );
  return { writes, closureIndex };
}
