import { integer, sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import { createdAt, updatedAt } from "./columns";

/** One row per year whose State Council holiday arrangement is loaded. */
export const calendarYears = sqliteTable("calendar_years", {
  year: integer("year").primaryKey(),
  source: text("source").notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Exceptions to Monday–Friday: `off` (holiday on a weekday or weekend) or `work` (调休 make-up workday). */
export const calendarDays = sqliteTable(
  "calendar_days",
  {
    date: text("date").primaryKey(),
    year: integer("year").notNull().references(() => calendarYears.year),
    kind: text("kind", { enum: ["off", "work"] }).notNull(),
    name: text("name"),
  },
  (t) => [index("calendar_days_year_idx").on(t.year)],
);

export type CalendarYear = typeof calendarYears.$inferSelect;
export type CalendarDay = typeof calendarDays.$inferSelect;
