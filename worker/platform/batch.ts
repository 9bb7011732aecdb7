import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "./db";

export type Write = BatchItem<"sqlite">;

/**
 * Runs writes as one D1 batch: D1 has no interactive transactions, and a batch is atomic,
 * so a refused or failed statement leaves nothing written.
 */
export async function runBatch(db: Db, writes: Write[]): Promise<void> {
  if (writes.length === 0) return;
  await db.batch(writes as [Write, ...Write[]]);
}

/** D1 binds at most 100 parameters per statement: split multi-row inserts to fit. */
export function chunkForD1<T>(rows: ReadonlyArray<T>, paramsPerRow: number): T[][] {
  const size = Math.max(1, Math.floor(100 / paramsPerRow));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}

/** D1's limit on bound parameters per statement; every `IN (…)` list is cut to fit it. */
export const D1_MAX_PARAMS = 100;

/**
 * The distinct values of an `IN (…)` list, cut into lists of at most `size` (by default what one
 * statement may bind): a list longer than D1's limit is a 500 ("too many SQL variables").
 */
export function inLists<T>(values: Iterable<T>, size = D1_MAX_PARAMS): T[][] {
  const distinct = [...new Set(values)];
  const per = Math.max(1, Math.min(size, D1_MAX_PARAMS));
  const lists: T[][] = [];
  for (let i = 0; i < distinct.length; i += per) lists.push(distinct.slice(i, i + per));
  return lists;
}
