import { getTableColumns, is, SQL, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "./db";

/** One column's value in a guarded insert: a SQL expression, or a value bound as a parameter. */
export type Cell = SQL | string | number | null;

/** A constant row to INSERT … SELECT from when the values are all given. */
const oneRow = sql`(select 1)`;

/**
 * `INSERT INTO table SELECT <row> WHERE <guard>`: one row, written only when `guard` holds as
 * the statement runs, so a check and the write it protects cannot be raced apart (D1 has no
 * interactive transactions). `row` gives every column of the table (drizzle lists them all, in
 * table order; `null` for an autoincrement id). When the guard fails nothing is written and
 * SQLite's `changes()` is 0 for the next statement of the batch.
 */
export function guardedInsert<T extends SQLiteTable>(db: Db, table: T, row: { [K in keyof T["_"]["columns"]]: Cell }, guard: SQL | undefined) {
  const cells = row as Record<string, Cell>;
  const fields = Object.fromEntries(
    Object.keys(getTableColumns(table)).map((key) => {
      const value = cells[key];
      if (value === undefined) throw new Error(`guardedInsert: no value for column ${key}`);
      return [key, (is(value, SQL) ? value : sql`${value}`).as(key)];
    }),
  );
  // drizzle types INSERT … SELECT against the table's own select shape; `fields` has that shape.
  return db.insert(table).select(db.select(fields).from(oneRow).where(guard) as never);
}
