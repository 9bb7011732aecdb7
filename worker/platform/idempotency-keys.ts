import { and, eq, isNull, lt } from "drizzle-orm";
import { idempotencyKeys } from "../../schema/tables";
import type { Db } from "./db";
import { hex } from "./token-hash";

/** Keys are kept at least this long; the daily job purges older ones. */
export const KEEP_KEYS_MS = 48 * 60 * 60 * 1000;

/** D1 keeps at most 2 MB in a value; a larger response is not kept (its retry is told to pull). */
export const MAX_KEPT_RESPONSE_BYTES = 1_000_000;

export interface KeyOwner {
  tokenId: number;
  key: string;
}

const whereKey = (k: KeyOwner) => and(eq(idempotencyKeys.tokenId, k.tokenId), eq(idempotencyKeys.key, k.key));

/**
 * Reserves a key for one request, in one guarded statement: INSERT … ON CONFLICT DO NOTHING.
 * True when this request took it (and must run); false when a request with that key came first.
 */
export async function reserveKey(db: Db, k: KeyOwner, request: string, bodyHash: string): Promise<boolean> {
  const result = await db
    .insert(idempotencyKeys)
    .values({ ...k, request, bodyHash, status: null, responseBody: null, createdAt: new Date() })
    .onConflictDoNothing();
  return (result as unknown as { meta: { changes: number } }).meta.changes === 1;
}

/** The stored row for a key, or null (e.g. released after a failure). */
export async function findKey(db: Db, k: KeyOwner) {
  const [row] = await db.select().from(idempotencyKeys).where(whereKey(k));
  return row ?? null;
}

/** Keeps the first response for replay (body null when it was too large to keep). */
export async function keepResponse(db: Db, k: KeyOwner, status: number, body: string | null): Promise<void> {
  await db.update(idempotencyKeys).set({ status, responseBody: body }).where(and(whereKey(k), isNull(idempotencyKeys.status)));
}

/** Frees a reservation whose request failed (5xx), so that its retry runs again. */
export async function releaseKey(db: Db, k: KeyOwner): Promise<void> {
  await db.delete(idempotencyKeys).where(and(whereKey(k), isNull(idempotencyKeys.status)));
}

/** Deletes keys older than the 48 hours they are kept; returns how many went. */
export async function purgeIdempotencyKeys(db: Db, now: Date): Promise<number> {
  const result = await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - KEEP_KEYS_MS)));
  return (result as unknown as { meta: { changes: number } }).meta.changes;
}

/** SHA-256 of the request body's bytes (as sent: not decoded and encoded again), hex. */
export async function bodyHash(body: ArrayBuffer): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", body));
}
