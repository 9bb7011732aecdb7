import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { ApiError, detail, unprocessable } from "../errors";
import { bodyHash, findKey, keepResponse, MAX_KEPT_RESPONSE_BYTES, releaseKey, reserveKey, type KeyOwner } from "../idempotency-keys";

export const IDEMPOTENCY_HEADER = "Idempotency-Key";
export const REPLAYED_HEADER = "Idempotent-Replayed";

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** Printable ASCII (space to tilde), 1 to 200 characters. */
const KEY_FORMAT = /^[\x20-\x7e]{1,200}$/;

const keyDetail = (code: string, message: string) => detail(null, IDEMPOTENCY_HEADER, code, message);

/**
 * Makes every write retry-safe. A write carrying an `Idempotency-Key` header first reserves the
 * key for its caller in one guarded insert, so of two requests with one key only one runs:
 * - the first runs; its response (status below 500) is kept and replayed, with
 *   `Idempotent-Replayed: true`, to every later request with the same key and body, which
 *   writes nothing;
 * - the same key with another method, path or body is refused (422, naming the key);
 * - a request whose key is still running is answered at once with 409 and `Retry-After: 1`
 *   (not held open: the add-in retries anyway, and a waiting request would tie up the worker);
 * - a first request that fails with a 5xx frees its key, so its retry runs again.
 * Runs after authentication: a key belongs to the token that sent it.
 */
export const idempotency = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const key = c.req.header(IDEMPOTENCY_HEADER);
    if (key === undefined || !WRITES.has(c.req.method)) return next();
    if (!KEY_FORMAT.test(key)) {
      throw unprocessable("幂等键格式有误，本次请求未执行", [
        keyDetail("invalid_key", "Idempotency-Key 应为 1–200 个可打印 ASCII 字符（字母、数字、符号）"),
      ]);
    }
    const db = c.var.db;
    const owner: KeyOwner = { tokenId: c.var.caller.tokenId, key };
    const request = `${c.req.method} ${c.req.path}`;
    // The bytes, hashed as they are; the body's JSON is then parsed from the same bytes, decoded once.
    const hash = await bodyHash(await c.req.arrayBuffer());

    if (!(await reserveKey(db, owner, request, hash))) {
      const first = await findKey(db, owner);
      if (first && (first.request !== request || first.bodyHash !== hash)) {
        throw unprocessable(`幂等键“${key}”已用于另一请求（内容不同），本次请求未执行`, [
          keyDetail("key_reused", `幂等键“${key}”已用于另一内容的请求；新的请求请换一个幂等键`),
        ]);
      }
      if (!first || first.status === null) {
        const res = new ApiError(409, "in_progress", `请求正在处理（幂等键“${key}”），请稍后重试`).getResponse();
        res.headers.set("Retry-After", "1");
        return res;
      }
      return replay(first.status, first.responseBody, key);
    }

    await next();
    await keep(c.var.db, owner, c.res);
  });

async function keep(db: AppEnv["Variables"]["db"], owner: KeyOwner, res: Response): Promise<void> {
  try {
    if (res.status >= 500) return await releaseKey(db, owner);
    // A `no-store` answer (a token's secret, shown once) is never kept: its replay says it was done.
    const storable = !/no-store/.test(res.headers.get("Cache-Control") ?? "");
    const bytes = storable ? await res.clone().arrayBuffer() : null;
    const fits = bytes !== null && bytes.byteLength <= MAX_KEPT_RESPONSE_BYTES;
    await keepResponse(db, owner, res.status, fits ? new TextDecoder().decode(bytes) : null);
  } catch (e) {
    // The write itself succeeded: answer it. The key stays reserved, so a retry is refused, never run twice.
    console.error("idempotency: could not keep the response", owner.key, e);
  }
}

function replay(status: number, body: string | null, key: string): Response {
  if (body === null) {
    const res = new ApiError(
      409,
      "already_done",
      `该请求已处理（幂等键“${key}”），原响应未保存（过大或含只显示一次的令牌），请重新拉取最新数据`,
    ).getResponse();
    res.headers.set(REPLAYED_HEADER, "true");
    return res;
  }
  return new Response(body, {
    status,
    headers: { "Content-Type": "application/json; charset=UTF-8", [REPLAYED_HEADER]: "true" },
  });
}
