import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import plan from "../../seed/jinzhai/plan.json";
import { createDb } from "../../worker/db";
import { seedPlan } from "../../worker/seed/seed-plan";

// Storage is isolated per test file: every file starts from the real migrations and the plan.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
await seedPlan(createDb(env.DB), plan);
