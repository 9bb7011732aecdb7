import { integer, primaryKey, sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";

/**
 * One row per `Idempotency-Key` a caller sent with a write: reserved before the write runs
 * (status null while it runs), then holding the response that is replayed for a retry.
 * Keys belong to the token that sent them; rows older than 48 hours are purged daily.
 */
export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    tokenId: integer("token_id").notNull(),
    key: text("key").notNull(),
    /** e.g. `POST /api/v1/matters` */
    request: text("request").notNull(),
    /** SHA-256 (hex) of the raw request body. */
    bodyHash: text("body_hash").notNull(),
    /** The first response's status; null while the first request is still running. */
    status: integer("status"),
    responseBody: text("response_body"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tokenId, t.key] }), index("idempotency_keys_created_idx").on(t.createdAt)],
);

export type IdempotencyKey = typeof idempotencyKeys.$inferSelect;
