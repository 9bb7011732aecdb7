import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import plan from "../../seed/jinzhai/plan.json";
import { createDb } from "../../worker/platform/db";
import { seedPlan } from "../../worker/seed/seed-plan";
import holidays from "../../seed/calendar/cn-holidays.json";
import { seedCalendar } from "../../worker/seed/seed-calendar";
import { restoreSnapshot, takeSnapshot, type D1Snapshot } from "../tools/d1-snapshot";

// Storage is isolated per test file: every file starts from the real migrations and the plan.
// The files share one workerd (isolate: false in vitest.config.ts), and with it this module's
// globals: the first file migrates and seeds an empty database and keeps what that left; every
// later file gets exactly that back in one batch (test/tools/d1-snapshot.ts), which is the same
// database at a fraction of the cost of migrating and seeding it again. The cache versions are
// renewed, so nothing the isolate kept for an earlier file is taken for this file's.
const kept = globalThis as { seededDatabase?: D1Snapshot };

if (kept.seededDatabase) {
  await restoreSnapshot(env.DB, kept.seededDatabase);
  await env.DB.prepare("UPDATE cache_versions SET version = lower(hex(randomblob(8)))").run();
} else {
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
  kept.seededDatabase = await takeSnapshot(env.DB);
}
