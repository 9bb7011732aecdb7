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
