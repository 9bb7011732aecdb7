import { sql, type SQL } from "drizzle-orm";

/**
 * The entity id of a change-log row that stands for the statement just before it in a batch.
 * It is the id only when that statement changed exactly one row (SQLite `changes()`); when the
 * statement matched nothing — a concurrent change got there first — it is NULL, the NOT NULL
 * column refuses the log row, and D1 rolls the whole batch back. `entityId` may be an SQL
 * expression, read as the log row is written (the id of a row the statement just inserted). So a change is written
 * entirely, with its log row, or not at all; `lostRace` recognises that refusal. After a multi-row
 * statement, `rows` is how many rows it must have changed: one row short and every log row of it
 * is refused.
 */
export const idIfChanged = (entityId: string | SQL, rows = 1): SQL<string> =>
  sql<string>`(case when changes() = ${sql.raw(String(Math.trunc(rows)))} then ${entityId} end)`;

/** True when a batch was rolled back because a guarded statement lost its race (see `idIfChanged`). */
export function lostRace(e: unknown): boolean {
  const text = (x: unknown): string => (x instanceof Error ? `${x.message} ${text(x.cause)}` : "");
  return /NOT NULL constraint failed: change_log\.entity_id/.test(text(e));
}
