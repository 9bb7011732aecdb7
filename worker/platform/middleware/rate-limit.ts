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
 * How long a refusal is remembered in this isolate: a caller refused once is refused again without
 * asking the binding until this has passed (a flood's requests cost no round trip to the limiter).
 * Far shorter than the window, so a caller that waits out Retry-After never meets it.
 */
export const REMEMBERED_REFUSAL_MS = 1000;

/** Budget and key → the time (ms) until which this isolate refuses it without asking. */
const refusedUntil = new Map<string, number>();

/** The binding's answer for `key`, or a refusal remembered from the last second; remembers a new one. */
async function admits(limiter: RateLimit, budget: string, key: string): Promise<boolean> {
  const now = Date.now();
  const remembered = `${budget}|${key}`;
  const until = refusedUntil.get(remembered);
  if (until !== undefined) {
    if (now < until) return false;
    refusedUntil.delete(remembered);
  }
  if ((await limiter.limit({ key })).success) return true;
  // Bounded: a flood of guessed addresses or tokens cannot grow it without limit.
  if (refusedUntil.size >= 10_000) refusedUntil.clear();
  refusedUntil.set(remembered, now + REMEMBERED_REFUSAL_MS);
  return false;
}

/**
 * Per-caller request budgets through Cloudflare's rate limiting bindings, checked before any
 * database work so that a flood from one token costs the others little:
 * - a bearer token spends its own budget, keyed by the token's hash (the identity the ledger
 *   stores for it; unique across counties and known without reading D1), reads and writes apart;
 * - a request without a token spends its client address's budget, and so does one whose token
 *   turned out unknown: once that is spent, the refusal is 429 instead of 401;
 * - a refusal is remembered for a second in the isolate, so a flood past its budget is refused
 *   without a call to the binding.
 */
export const rateLimit = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.method === "OPTIONS") return next();
    const bearer = c.req.header("Authorization")?.match(BEARER)?.[1];
    const anonymous = c.env.ANONYMOUS_LIMITER;
    if (bearer === undefined) {
      if (!(await admits(anonymous, "anonymous", `ip:${clientAddress(c)}`))) return tooManyRequests("");
      return next();
    }
    const [limiter, what] = limiterFor(c);
    const hash = await hashToken(bearer);
    c.set("bearerHash", { token: bearer, hash });
    if (!(await admits(limiter, what, `token:${hash}`))) return tooManyRequests(what);
    await next();
    if (c.res.status === 401 && !(await admits(anonymous, "anonymous", `ip:${clientAddress(c)}`))) {
      c.res = tooManyRequests("");
      c.res.headers.delete("WWW-Authenticate");
    }
  });
