import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "./db";
import { writeThenRead } from "./read-batch";

export type Write = BatchItem<"sqlite">;

/**
 * Runs writes as one D1 batch: D1 has no interactive transactions, and a batch is atomic,
 * so a refused or failed statement leaves nothing written.
 */
export async function runBatch(db: Db, writes: Write[]): Promise<void> {
  if (writes.length === 0) return;
  // Through D1 itself: drizzle's batch cannot bind the parameters of a raw statement (`db.run(sql…)`).
  await writeThenRead(db, writes, []);
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

/**
 * Largest JSON text bound as one parameter: D1 keeps at most 2,000,000 bytes in one string, so a
 * statement that reads its rows from `json_each(?)` gets them in parts of at most this many bytes.
 */
export const MAX_JSON_PARAM_BYTES = 1_800_000;

/**
 * Rows as JSON arrays (`[[…],[…]]`) of at most `maxBytes` bytes of UTF-8 each, in order, with how
 * many rows each holds: many rows in one bound parameter, for `json_each(?)`, instead of one
 * statement per ten rows under D1's 100 parameters. A row's size is bounded by three bytes per
 * UTF-16 unit of its JSON, so no part can exceed the limit.
 */
export function jsonParts(rows: ReadonlyArray<unknown>, maxBytes = MAX_JSON_PARAM_BYTES): { json: string; count: number }[] {
  const parts: { json: string; count: number }[] = [];
  let texts: string[] = [];
  let bytes = 2;
  for (const row of rows) {
    const text = JSON.stringify(row);
    const size = text.length * 3 + 1;
    if (texts.length > 0 && bytes + size > maxBytes) {
      parts.push({ json: `[${texts.join(",")}]`, count: texts.length });
      texts = [];
      bytes = 2;
    }
    texts.push(text);
    bytes += size;
  }
  if (texts.length > 0) parts.push({ json: `[${texts.join(",")}]`, count: texts.length });
  return parts;
}
