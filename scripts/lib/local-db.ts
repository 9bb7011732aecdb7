// The D1 for `npm start`, the admin CLI and the browser test: locally the same SQLite files that
// `wrangler dev --persist-to <dir>` uses, reached through wrangler's platform proxy so that
// every write goes through drizzle and the worker's own seed code.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { getPlatformProxy } from "wrangler";
import { spawnTool } from "./bin";
import { createDb, type Db } from "../../worker/platform/db";
import { seedPlan } from "../../worker/seed/seed-plan";
import { chinaToday } from "../../domain/calendar/china-today";

export const root = path.resolve(import.meta.dirname, "../..");
export const defaultPersistTo = path.join(root, ".wrangler/state");

/** Where the database lives: a local state directory, or the deployed D1 (`remote`). */
export type Target = { persistTo?: string; remote?: boolean };

/** Applies pending migrations with wrangler (never asks: stdin is not a TTY here). */
export async function migrate({ persistTo = defaultPersistTo, remote = false }: Target = {}): Promise<void> {
  const where = remote ? ["--remote"] : ["--local", "--persist-to", persistTo];
  const child = spawnTool("wrangler", ["d1", "migrations", "apply", "DB", ...where], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" },
  });
  let output = "";
  child.stdout?.on("data", (b: Buffer) => (output += String(b)));
  child.stderr?.on("data", (b: Buffer) => (output += String(b)));
  const status = await new Promise<number | null>((resolve, reject) => child.on("error", reject).on("close", resolve));
  if (status !== 0) throw new Error(`wrangler d1 migrations apply failed:\n${output}`);
}

/**
 * Opens the database through wrangler's platform proxy; `close()` releases it. For the deployed
 * database, a copy of wrangler.toml marks the D1 binding `remote = true` (wrangler's remote
 * bindings), which needs `wrangler login` on this machine.
 */
export async function openDb({ persistTo = defaultPersistTo, remote = false }: Target = {}): Promise<{ db: Db; d1: D1Database; close: () => Promise<void> }> {
  let configPath = path.join(root, "wrangler.toml");
  if (remote) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "fuyuan-remote-"));
    const toml = readFileSync(configPath, "utf8").replace(/(\[\[d1_databases\]\]\n)/, "$1remote = true\n");
    configPath = path.join(dir, "wrangler.toml");
    writeFileSync(configPath, toml.replace(/^main = "(.*)"$/m, `main = "${path.join(root, "worker/index.ts")}"`));
  }
  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    configPath,
    persist: remote ? false : { path: path.join(persistTo, "v3") },
    remoteBindings: remote,
  });
  return { db: createDb(proxy.env.DB), d1: proxy.env.DB, close: () => proxy.dispose() };
}

/** The county's plan seed; `PLAN_SEED` points at another county's file. */
export function readPlanSeed(): unknown {
  const file = process.env.PLAN_SEED ?? path.join(root, "seed/jinzhai/plan.json");
  return JSON.parse(readFileSync(file, "utf8"));
}

/** Migrates and seeds (plan, then the holiday calendar). Safe to run again: seeds only what is missing. */
export async function prepareDatabase(target: Target = {}): Promise<{ planSeeded: boolean }> {
  const { planSeeded, close } = await openPreparedDb(target);
  await close();
  return { planSeeded };
}

/**
 * Whether a migration in schema/migrations is not yet recorded in the database's `d1_migrations`
 * (the table wrangler keeps). Asking costs one query; starting wrangler to find nothing to apply
 * cost seconds on every admin command and every start.
 */
async function migrationsPending(db: Db): Promise<boolean> {
  const files = readdirSync(path.join(root, "schema/migrations")).filter((f) => f.endsWith(".sql"));
  try {
    const applied = new Set((await db.all<{ name: string }>(sql`select name from d1_migrations`)).map((r) => r.name));
    return files.some((f) => !applied.has(f));
  } catch {
    return true; // a new database has no d1_migrations table yet
  }
}

/** Migrates, opens and seeds what is missing, and leaves the database open (one platform proxy, not two). */
export async function openPreparedDb(target: Target = {}): Promise<{ db: Db; close: () => Promise<void>; planSeeded: boolean }> {
  let opened = await openDb(target);
  if (await migrationsPending(opened.db)) {
    await opened.close();
    await migrate(target);
    opened = await openDb(target);
  }
  try {
    // A ledger seeded today goes live today: its first year's assessment starts here.
    const { seeded } = await seedPlan(opened.db, readPlanSeed(), { goLive: chinaToday(new Date()) });
    await seedCalendarIfAvailable(opened.db);
    return { ...opened, planSeeded: seeded };
  } catch (err) {
    await opened.close();
    throw err;
  }
}

async function seedCalendarIfAvailable(db: Db): Promise<void> {
  const data = path.join(root, "seed/calendar/cn-holidays.json");
  const module = path.join(root, "worker/seed/seed-calendar.ts");
  if (!existsSync(data) || !existsSync(module)) return;
  const { seedCalendar } = await import("../../worker/seed/seed-calendar");
  await seedCalendar(db, JSON.parse(readFileSync(data, "utf8")));
}

/** The local-only forms the browser test and the benchmarks use. */
export const prepareLocalDatabase = ({ persistTo = defaultPersistTo } = {}) => prepareDatabase({ persistTo });
export const openLocalDb = (persistTo = defaultPersistTo) => openDb({ persistTo });
