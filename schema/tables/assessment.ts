import { integer, sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import { units } from "./units";
import { createdAt } from "./columns";

/**
 * A year's scoring scheme (indicators with weights, adjustments, grade bands) as JSON.
 * Schemes are never edited in place: each PUT adds a version, so history shows which produced what.
 */
export const assessmentSchemes = sqliteTable(
  "assessment_schemes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    year: integer("year").notNull(),
    version: integer("version").notNull(),
    scheme: text("scheme", { mode: "json" }).notNull(),
    createdBy: text("created_by"),
    createdAt: createdAt(),
  },
  (t) => [index("assessment_schemes_year_idx").on(t.year, t.version)],
);

/** 通报表扬 / 问责 / 一票否决 recorded by the office with a reason and date. */
export const assessmentAdjustments = sqliteTable(
  "assessment_adjustments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    year: integer("year").notNull(),
    unitId: integer("unit_id").notNull().references(() => units.id),
    kind: text("kind").notNull(),
    reason: text("reason").notNull(),
    date: text("date").notNull(),
    createdBy: text("created_by"),
    createdAt: createdAt(),
  },
  (t) => [index("assessment_adjustments_year_idx").on(t.year, t.unitId)],
);

/** A closed year: its figures frozen as computed, with who closed it and when. */
export const assessmentClosures = sqliteTable("assessment_closures", {
  year: integer("year").primaryKey(),
  schemeId: integer("scheme_id").notNull().references(() => assessmentSchemes.id),
  result: text("result", { mode: "json" }).notNull(),
  closedBy: text("closed_by").notNull(),
  closedAt: createdAt(),
});
