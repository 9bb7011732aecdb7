import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { tokens } from "../../../../schema/tables";
import { hashToken } from "../../../../worker/platform/token-hash";
import { api, db, tokenFor } from "../../helpers";

// The budgets in wrangler.toml [[ratelimits]] (per 10 s window).
const READS = 120;
const WRITES = 120;
const ANONYMOUS = 60;

/**
 * Sends requests one after another until the first 429. The limiter counts in fixed windows, so
 * when a window turns over during the run the caller may get up to twice its budget first.
 */
async function untilRefused(send: () => Promise<{ status: number; body: any; headers: Headers }>, budget: number) {
  const statuses: number[] = [];
  for (let i = 0; i <= 2 * budget + 1; i++) {
    const res = await send();
    if (res.status === 429) return { passed: statuses, refusal: res };
    statuses.push(res.status);
  }
  throw new Error(`no 429 after ${statuses.length} requests`);
}

/**
 * A documentation address (RFC 5737) no other call of this file has had, so no other test shares
 * its budget (drawn at random, two draws once met in 250: a test then found one of its 60 spent).
 */
let lastHost = 0;
const address = () => `192.0.2.${++lastHost}`;

function expectRefusal(refusal: { body: any; headers: Headers }) {
  expect(refusal.headers.get("Retry-After")).toBe("10");
  expect(refusal.body.error).toEqual({ code: "rate_limited", message: expect.stringContaining("请求过于频繁，请 10 秒后重试"), details: [] });
}

// Each case sends a whole budget (60–120 requests) one after another: on a loaded machine that takes
// longer than the default 5 s, so the cases get their own time (no assertion is about time).
describe("rate limits", { timeout: 30_000 }, () => {
  it("refuses a token's reads past its budget with 429 and Retry-After, and another token's reads still pass", async () => {
    const flooding = await tokenFor("unit", "县财政局");
    const other = await tokenFor("unit", "县教育局");
    const { passed, refusal } = await untilRefused(() => api("/api/v1/me", { token: flooding }), READS);
    expect(passed.length).toBeGreaterThanOrEqual(READS);
    expect(passed.length).toBeLessThanOrEqual(2 * READS);
    expect(new Set(passed)).toEqual(new Set([200]));
    expectRefusal(refusal);
    expect(refusal.body.error.message).toBe("读取请求过于频繁，请 10 秒后重试");

    expect((await api("/api/v1/me", { token: other })).status).toBe(200);
  });

  it("refuses a token past its budget before looking it up: revoked meanwhile, it still gets 429, not 401", async () => {
    const token = await tokenFor("unit", "县财政局");
    await untilRefused(() => api("/api/v1/me", { token }), READS);
    // Revoked in the database: a refusal that looked the token up would now say 401.
    await db().update(tokens).set({ revokedAt: new Date() }).where(eq(tokens.hash, await hashToken(token)));
    const refused = await api("/api/v1/me", { token });
    expect(refused.status).toBe(429);
    expectRefusal(refused);
  });

  it("keeps no identity of its own: a token revoked while it still has budget is refused 401 on its very next request", async () => {
    const token = await tokenFor("unit", "县财政局");
    for (let i = 0; i < 3; i++) expect((await api("/api/v1/me", { token })).status).toBe(200);
    await db().update(tokens).set({ revokedAt: new Date() }).where(eq(tokens.hash, await hashToken(token)));
    expect((await api("/api/v1/me", { token })).status).toBe(401);
  });

  it("counts writes on their own budget, so a token that spent its writes can still pull", async () => {
    const token = await tokenFor("unit", "县财政局");
    // An empty report refused by validation still spends a write.
    const { passed, refusal } = await untilRefused(() => api("/api/v1/reports", { method: "POST", token, json: {} }), WRITES);
    expect(passed.length).toBeGreaterThanOrEqual(WRITES);
    expect(passed.every((s) => s === 422)).toBe(true);
    expectRefusal(refusal);
    expect(refusal.body.error.message).toBe("提交请求过于频繁，请 10 秒后重试");

    expect((await api("/api/v1/me", { token })).status).toBe(200);
  });

  it("limits requests without a token per client address, and another address is unaffected", async () => {
    const flooding = address();
    const { passed, refusal } = await untilRefused(() => api("/api/v1/health", { headers: { "CF-Connecting-IP": flooding } }), ANONYMOUS);
    expect(passed.length).toBeGreaterThanOrEqual(ANONYMOUS);
    expectRefusal(refusal);

    const other = address();
    expect((await api("/api/v1/health", { headers: { "CF-Connecting-IP": other } })).status).toBe(200);
  });

  it("answers guessed tokens 401 until the address's budget is spent, then 429", async () => {
    const guessing = address();
    let n = 0;
    const { passed, refusal } = await untilRefused(
      () => api("/api/v1/units", { token: `fy_guess-${n++}`, headers: { "CF-Connecting-IP": guessing } }),
      ANONYMOUS,
    );
    expect(passed.length).toBeGreaterThanOrEqual(ANONYMOUS);
    expect(passed.every((s) => s === 401)).toBe(true);
    expectRefusal(refusal);
    expect(refusal.headers.get("WWW-Authenticate")).toBeNull();
  });
});
