// Local D1 for `npm start`, the admin CLI and the browser test: the same SQLite files that
// `wrangler dev --persist-to <dir>` uses, reached through wrangler's platform proxy so that
// every write goes through drizzle and the worker's own seed code.
import { spawnSync } from "node:child_process";
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { getPlatformProxy } from "wrangler";
import { createDb, type Db } from "../../worker/db";
import { seedPlan } from "../../worker/seed/seed-plan";

export const root = path.resolve(import.meta.dirname, "../..");
export const defaultPersistTo = path.join(root, ".wrangler/state");

/** Applies pending migrations with wrangler (never asks: stdin is not a TTY here). */
export function migrateLocal(persistTo = defaultPersistTo): void {
  const res = spawnSync("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", persistTo], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" },
  });
  if (res.status !== 0) throw new Error(`wrangler d1 migrations apply failed:\n${res.stdout}\n${res.stderr}`);
}

/** Opens the local D1 through the platform proxy; `close()` releases it. */
export async function openLocalDb(persistTo = defaultPersistTo): Promise<{ db: Db; close: () => Promise<void> }> {
  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    configPath: path.join(root, "wrangler.toml"),
    persist: { path: path.join(persistTo, "v3") },
  });
  return { db: createDb(proxy.env.DB), close: () => proxy.dispose() };
}

/** The county's plan seed; `PLAN_SEED` points at another county's file. */
export function readPlanSeed(): unknown {
  const file = process.env.PLAN_SEED ?? path.join(root, "seed/jinzhai/plan.json");
  return JSON.parse(readFileSync(file, "utf8"));
}

/** Migrates and seeds (plan, then holiday calendar when that seed exists). Safe to run again. */
export async function prepareLocalDatabase({ persistTo = defaultPersistTo } = {}): Promise<{ planSeeded: boolean }> {
  migrateLocal(persistTo);
  const { db, close } = await openLocalDb(persistTo);
  try {
    const { seeded } = await seedPlan(db, readPlanSeed());
    await seedCalendarIfAvailable(db);
    return { planSeeded: seeded };
  } finally {
    await close();
  }
}

async function seedCalendarIfAvailable(db: Db): Promise<void> {
  const data = path.join(root, "seed/calendar/cn-holidays.json");
  const module = path.join(root, "worker/seed/seed-calendar.ts");
  if (!existsSync(data) || !existsSync(module)) return;
  const { seedCalendar } = await import("../../worker/seed/seed-calendar");
  await seedCalendar(db, JSON.parse(readFileSync(data, "utf8")));
}
