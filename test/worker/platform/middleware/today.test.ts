import { afterEach, describe, expect, it, vi } from "vitest";
import { Hono } from "hono";
import type { AppEnv } from "../../../../worker/platform/env";
import { today } from "../../../../worker/platform/middleware/today";

/** A one-route app that answers the day the middleware set, read twice in one request. */
function appShowingToday() {
  return new Hono<AppEnv>()
    .use(today())
    .get("/", async (c) => {
      const first = c.var.today;
      await new Promise((r) => setTimeout(r, 0));
      return c.json({ first, second: c.var.today });
    })
    .onError((e, c) => c.text(e.message, 500));
}
const ask = (bindings: Partial<AppEnv["Bindings"]>) => appShowingToday().request("/", {}, bindings);

describe("the today middleware", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("takes the day from the TODAY binding when it is set", async () => {
    const res = await ask({ TODAY: "2026-03-02" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ first: "2026-03-02", second: "2026-03-02" });
  });

  it("takes China's date from the clock without the binding: 16:30 UTC is already the next day", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-01T16:30:00Z"));
    const res = await ask({});
    expect(await res.json()).toEqual({ first: "2026-03-02", second: "2026-03-02" });
  });

  it("takes China's date from the clock without the binding: 15:59 UTC is still the same day", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-01T15:59:59Z"));
    const res = await ask({});
    expect(await res.json()).toEqual({ first: "2026-03-01", second: "2026-03-01" });
  });

  it("refuses to run on a TODAY that is not a real date", async () => {
    const res = await ask({ TODAY: "2026-02-30" });
    expect(res.status).toBe(500);
    expect(await res.text()).toBe("TODAY binding is not a YYYY-MM-DD date: 2026-02-30");
  });
});
