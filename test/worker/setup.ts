import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import plan from "../../seed/jinzhai/plan.json";
import { createDb } from "../../worker/platform/db";
import { seedPlan } from "../../worker/seed/seed-plan";
import holidays from "../../seed/calendar/cn-holidays.json";
import { seedCalendar } from "../../worker/seed/seed-calendar";

// Storage is isolated per test file: every file starts from the real migrations and the plan.
// The files share one workerd (isolate: false in vitest.config.ts), so the tables the file before
// left behind are dropped first, in one batch with the foreign keys checked only at its end.
const { results: tables } = await env.DB.prepare(
  "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
).all<{ name: string }>();
if (tables.length > 0) {
  await env.DB.batch([
    env.DB.prepare("PRAGMA defer_foreign_keys = on"),
    ...tables.map(({ name }) => env.DB.prepare(`DROP TABLE "${name.replace(/"/g, '""')}"`)),
  ]);
}
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
await seedPlan(createDb(env.DB), plan);
await seedCalendar(createDb(env.DB), holidays);
