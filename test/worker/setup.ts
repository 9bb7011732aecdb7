import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import plan from "../../seed/jinzhai/plan.json";
import { createDb } from "../../worker/platform/db";
import { seedPlan } from "../../worker/seed/seed-plan";
import holidays from "../../seed/calendar/cn-holidays.json";
import { seedCalendar } from "../../worker/seed/seed-calendar";

// Storage is isolated per test file: every file starts from the real migrations and the plan.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
await seedPlan(createDb(env.DB), plan);
await seedCalendar(createDb(env.DB), holidays);
