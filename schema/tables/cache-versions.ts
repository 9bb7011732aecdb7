import { sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * A version per cached set of rows (`calendar`: calendar_years and calendar_days), set by triggers
 * to a fresh random value on every write to those rows, so a worker that keeps the rows in memory
 * can tell with one cheap read whether they are still the stored ones. A random value rather than a
 * counter: a counter could return to a value it had before (a database rebuilt from its migrations)
 * over other rows.
 */
export const cacheVersions = sqliteTable("cache_versions", {
  name: text("name").primaryKey(),
  version: text("version").notNull(),
});
