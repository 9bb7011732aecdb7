import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import plan from "../../seed/jinzhai/plan.json";
import { seedPlan } from "../../worker/seed/seed-plan";
import { api, db, tokenFor } from "./helpers";

// A ledger seeded on its go-live day: this file empties the database setup.ts prepared and seeds
// the plan again as a first start does, with the day.
beforeAll(async () => {
  const { results } = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'").all<{ name: string }>();
  await env.DB.batch([env.DB.prepare("PRAGMA defer_foreign_keys = on"), ...results.map(({ name }) => env.DB.prepare(`DROP TABLE "${name.replace(/"/g, '""')}"`))]);
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
  expect(await seedPlan(db(), plan, { goLive: "2026-12-01" })).toEqual({ seeded: true });
});

describe("seeding a ledger on its go-live day", () => {
  it("records the day as the assessment start, by the seed, in the setting's history", async () => {
    const office = await tokenFor("office");
    const list = await api("/api/v1/settings", { token: office });
    expect(list.body.settings.find((s: any) => s.key === "assessmentStart")).toMatchObject({ value: "2026-12-01", set: true });
    const history = await api("/api/v1/settings/assessmentStart/history", { token: office });
    expect(history.body.changes.map((c: any) => [c.action, c.before, c.after])).toEqual([["update", null, "2026-12-01"]]);
  });

  it("does not move the start when the plan is seeded again", async () => {
    expect(await seedPlan(db(), plan, { goLive: "2027-03-01" })).toEqual({ seeded: false });
    const list = await api("/api/v1/settings", { token: await tokenFor("office") });
    expect(list.body.settings.find((s: any) => s.key === "assessmentStart").value).toBe("2026-12-01");
  });
});
