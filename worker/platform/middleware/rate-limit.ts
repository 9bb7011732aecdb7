import { createMiddleware } from "hono/factory";
import type { Context } from "hono";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";
import { hashToken } from "../token-hash";

/**
 * The window of every `[[ratelimits]]` binding in wrangler.toml (`simple.period`), in seconds:
 * a caller refused now may try again once it has passed, which `Retry-After` says.
 */
export const RATE_LIMIT_PERIOD_SECONDS = 10;

const BEARER = /^Bearer +(\S+) *$/i;

/** Reads and writes have their own budget, so a burst of pulls never blocks a push. */
const limiterFor = (c: Context<AppEnv>): [RateLimit, string] =>
  c.req.method === "GET" || c.req.method === "HEAD" ? [c.env.READ_LIMITER, "读取"] : [c.env.WRITE_LIMITER, "提交"];

/** The client's address as Cloudflare reports it (the edge sets it; a caller cannot choose it there). */
const clientAddress = (c: Context<AppEnv>) => c.req.header("CF-Connecting-IP") ?? "unknown";

function tooManyRequests(what: string): Response {
  const message = `${what}请求过于频繁，请 ${RATE_LIMIT_PERIOD_SECONDS} 秒后重试`;
  const res = new ApiError(429, "rate_limited", message).getResponse();
  res.headers.set("Retry-After", String(RATE_LIMIT_PERIOD_SECONDS));
  return res;
}

/**
 * Per-caller request budgets through Cloudflare's rate limiting bindings, checked before any
 * database work so that a flood from one token costs the others little:
 * - a bearer token spends its own budget, keyed by the token's hash (the identity the ledger
 *   stores for it; unique across counties and known without reading D1), reads and writes apart;
 * - a request without a token spends its client address's budget, and so does one whose token
 *   turned out unknown: once that is spent, the refusal is 429 instead of 401.
 */
export const rateLimit = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.method === "OPTIONS") return next();
    const bearer = c.req.header("Authorization")?.match(BEARER)?.[1];
    const anonymous = c.env.ANONYMOUS_LIMITER;
    if (bearer === undefined) {
      if (!(await anonymous.limit({ key: `ip:${clientAddress(c)}` })).success) return tooManyRequests("");
      return next();
    }
    const [limiter, what] = limiterFor(c);
    const hash = await hashToken(bearer);
    c.set("bearerHash", { token: bearer, hash });
    if (!(await limiter.limit({ key: `token:${hash}` })).success) return tooManyRequests(what);
    await next();
    if (c.res.status === 401 && !(await anonymous.limit({ key: `ip:${clientAddress(c)}` })).success) {
      c.res = tooManyRequests("");
      c.res.headers.delete("WWW-Authenticate");
    }
  });
