/**
 * The real stack for the browser tests: a local D1 migrated and seeded in a temporary folder,
 * `wrangler dev` serving the API and the built add-in on one origin, and Debian's Chromium
 * driven by playwright-core. Nothing leaves the machine: Chromium runs with background
 * networking off and the page only talks to 127.0.0.1.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Locator, type Page } from "playwright-core";
import { startDevWorker } from "../../../scripts/lib/dev-worker";
import { copySeededD1 } from "../../tools/d1-template";

// local-db and tokens type-check with the worker's types (tsconfig.json), which clash with the DOM
// types of this project (addin/tsconfig.json); so they are loaded by path and typed by what is used
// here. dev-worker uses Node built-ins only and is imported as usual.
export type Role = "office" | "leader" | "unit";
type SqlDb = { all(query: unknown): Promise<unknown[]> };
type LocalDb = {
  openLocalDb: (persistTo: string) => Promise<{ db: SqlDb; close: () => Promise<void> }>;
};
type Tokens = { issueToken: (db: SqlDb, o: { role: Role; unit?: string; label?: string }) => Promise<{ secret: string }> };
const scripts = path.resolve(import.meta.dirname, "../../../scripts/lib");
const load = <T>(file: string): Promise<T> => import(/* @vite-ignore */ path.join(scripts, file)) as Promise<T>;
const { openLocalDb } = await load<LocalDb>("local-db.ts");
const { issueToken } = await load<Tokens>("tokens.ts");

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export type LocalWorker = {
  origin: string;
  persistTo: string;
  /** The worker's local D1, opened once for the file's own checks and token issuing; closed by stop(). */
  db: () => Promise<SqlDb>;
  stop: () => Promise<void>;
};

/**
 * Starts `wrangler dev` on a free port over a fresh local D1 and waits for health: a copy of the
 * database the global setup migrated and seeded once, so every file starts from the same seed.
 * `testScheduled`: with `/__scheduled` enabled, as `npm start` runs it.
 */
export async function startLocalWorker(o: { testScheduled?: boolean } = {}): Promise<LocalWorker> {
  const persistTo = await mkdtemp(path.join(os.tmpdir(), "fuyuan-d1-"));
  await copySeededD1(persistTo);
  const remove = () => rm(persistTo, { recursive: true, force: true });
  const worker = await startDevWorker({ persistTo, ip: "127.0.0.1", testScheduled: o.testScheduled }).catch(async (err: unknown) => {
    await remove();
    throw err;
  });
  // Each opening of the local D1 starts a workerd: one per file, not one per query.
  let opened: Promise<{ db: SqlDb; close: () => Promise<void> }> | undefined;
  return {
    origin: worker.url,
    persistTo,
    db: async () => (await (opened ??= openLocalDb(persistTo))).db,
    stop: async () => {
      await worker.stop();
      if (opened) await (await opened).close();
      await remove();
    },
  };
}

/** Issues a real token in the worker's local D1 (the admin CLI's own code). */
export async function tokenFor(worker: LocalWorker, role: Role, unit?: string): Promise<string> {
  return (await tokensFor(worker, { token: { role, unit } })).token;
}

/** Issues several tokens, by name, in the worker's local D1. */
export async function tokensFor<K extends string>(worker: LocalWorker, wanted: Record<K, { role: Role; unit?: string }>): Promise<Record<K, string>> {
  const db = await worker.db();
  const secrets = {} as Record<K, string>;
  for (const [name, { role, unit }] of Object.entries(wanted) as [K, { role: Role; unit?: string }][]) {
    secrets[name] = (await issueToken(db, { role, unit, label: `browser test ${role}` })).secret;
  }
  return secrets;
}

/** Rows of a plain SQL query against the worker's local D1 (drizzle's `db.all`). */
export async function queryD1<T>(worker: LocalWorker, query: unknown): Promise<T[]> {
  return (await (await worker.db()).all(query)) as T[];
}

/** Chromium with a fresh profile (its own --user-data-dir), removed on close. */
export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = await mkdtemp(path.join(os.tmpdir(), "fuyuan-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 360, height: 720 },
    deviceScaleFactor: 1,
    locale: "zh-CN",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The README's screenshots: taken into docs/screenshots with UPDATE_SCREENSHOTS=1 (then look at them),
 * and not at all otherwise: a PNG no one opens only costs the suite its encoding.
 */
export async function keepScreenshot(of: Page | Locator, name: string, o: { fullPage?: boolean } = {}): Promise<void> {
  if (!process.env.UPDATE_SCREENSHOTS) return;
  const file = path.resolve(import.meta.dirname, "../../../docs/screenshots", name);
  if ("goto" in of) await of.screenshot({ path: file, fullPage: o.fullPage ?? false });
  else await of.screenshot({ path: file });
}

/** One call to the running worker with a bearer token, answering status and parsed JSON body. */
export async function callWorker(origin: string, token: string, route: string, init: { method?: string; json?: unknown } = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(`${origin}${route}`, {
    method: init.method ?? "GET",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  return { status: res.status, body: await res.json() };
}
