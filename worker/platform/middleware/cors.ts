import { cors } from "hono/cors";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { forbidden } from "../errors";
import { IDEMPOTENCY_HEADER, REPLAYED_HEADER } from "./idempotency";

/**
 * The origins whose pages may call the API from a browser: the worker's own (the task pane is
 * served from it, so its calls are same-origin and need no CORS at all) and those listed in the
 * `ALLOWED_ORIGINS` var (comma-separated). Nothing else: no wildcard.
 */
export function allowedOrigins(requestUrl: string, configured: string | undefined): Set<string> {
  const origins = new Set([new URL(requestUrl).origin]);
  for (const entry of (configured ?? "").split(",")) {
    const origin = entry.trim().replace(/\/+$/, "");
    if (origin) origins.add(origin);
  }
  return origins;
}

const allowed = cors({
  origin: (origin) => origin,
  allowHeaders: ["Authorization", "Content-Type", IDEMPOTENCY_HEADER],
  exposeHeaders: ["X-Request-Id", REPLAYED_HEADER, "Retry-After"],
  maxAge: 600,
});

/**
 * CORS for allowed origins only. A request from any other origin gets no CORS header, so the
 * browser keeps the answer from that page; its preflight is refused (403) before any route runs.
 */
export const corsForAllowedOrigins = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const origin = c.req.header("Origin");
    if (origin && allowedOrigins(c.req.url, c.env.ALLOWED_ORIGINS).has(origin)) return allowed(c, next);
    if (c.req.method === "OPTIONS" && c.req.header("Access-Control-Request-Method")) {
      throw forbidden("不允许从此来源跨域访问台账接口");
    }
    await next();
    c.header("Vary", "Origin", { append: true });
  });
