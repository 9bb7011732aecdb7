import { drizzle } from "drizzle-orm/d1";

/**
 * One drizzle handle per request over the county's D1 binding. No schema is passed: the ledger
 * builds every query from the tables (schema/tables) and never uses drizzle's relational
 * `db.query`, whose configuration drizzle would otherwise rebuild from every table on each
 * request (about as costly as the request's own work in a short read).
 */
export const createDb = (d1: D1Database) => drizzle(d1);
export type Db = ReturnType<typeof createDb>;
