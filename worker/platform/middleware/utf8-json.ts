import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { ApiError, detail } from "../errors";

/** The media types Hono's JSON validator reads (application/json and application/…+json). */
const JSON_TYPE = /^application\/([a-z-.]+\+)?json\s*(;|$)/i;
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)"?/i;
const UTF8 = /^utf-?8$/i;

// BOM handling as Hono decodes: a leading BOM is dropped, not refused.
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * A JSON body must be UTF-8 (RFC 8259). Without this check the body is decoded leniently, every
 * bad byte becomes U+FFFD, and a file saved in GBK or a garbled upload would be stored as "��"
 * without a word to its sender. So a JSON body that declares another charset is 415, and one whose
 * bytes are not UTF-8 is 400 — both in the one error shape, before anything is parsed or written.
 * The bytes are read once here; Hono keeps them, so the validator and the idempotency check reuse them.
 */
export const utf8Json = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const type = c.req.header("Content-Type");
    if (!type || !JSON_TYPE.test(type) || c.req.method === "GET" || c.req.method === "HEAD") return next();
    const charset = CHARSET.exec(type)?.[1];
    if (charset !== undefined && !UTF8.test(charset)) {
      throw new ApiError(415, "unsupported_charset", `请以 UTF-8 编码提交 JSON（本次声明的编码为 ${charset.slice(0, 40)}），本次请求未执行`, [
        detail(null, "Content-Type", "unsupported_charset", "Content-Type 应为 application/json 或 application/json; charset=utf-8"),
      ]);
    }
    try {
      strictUtf8.decode(await c.req.arrayBuffer());
    } catch {
      throw new ApiError(400, "invalid_encoding", "提交的内容不是有效的 UTF-8 文本（可能是编码有误或内容已损坏），本次请求未执行，请以 UTF-8 重新提交", []);
    }
    await next();
  });
