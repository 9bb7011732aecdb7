/**
 * The real stack for the browser tests: a local D1 migrated and seeded in a temporary folder,
 * `wrangler dev` serving the API and the built add-in on one origin, and Debian's Chromium
 * driven by playwright-core. Nothing leaves the machine: Chromium runs with background
 * networking off and the page only talks to 127.0.0.1.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { startDevWorker } from "../../../scripts/lib/dev-worker";
import { copySeededD1 } from "../../tools/d1-template";

// local-db and tokens type-check with the worker's types (tsconfig.json), which clash with the DOM
// types of this project (addin/tsconfig.json); so they are loaded by path and typed by what is used
// here. dev-worker uses Node built-ins only and is imported as usual.
export type Role = "office" | "leader" | "unit";
type SqlDb = { all(query: unknown): Promise<unknown[]> };
type D1 = { readonly brand?: "D1Database" };
type LocalDb = {
  openLocalDb: (persistTo: string) => Promise<{ db: SqlDb; d1: D1; close: () => Promise<void> }>;
};
type Tokens = { issueToken: (db: SqlDb, o: { role: Role; unit?: string; label?: string }) => Promise<{ secret: string }> };
type Snapshots = { takeSnapshot: (d1: D1) => Promise<unknown>; restoreSnapshot: (d1: D1, snapshot: unknown) => Promise<void> };
const scripts = path.resolve(import.meta.dirname, "../../../scripts/lib");
const load = <T>(file: string): Promise<T> => import(/* @vite-ignore */ path.join(scripts, file)) as Promise<T>;
const { openLocalDb } = await load<LocalDb>("local-db.ts");
const { issueToken } = await load<Tokens>("tokens.ts");
const { takeSnapshot, restoreSnapshot } = await load<Snapshots>("../../test/tools/d1-snapshot.ts");

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export type LocalWorker = {
  origin: string;
  /** The worker's local D1, opened once for the file's own checks and token issuing. */
  db: () => Promise<SqlDb>;
  /** Ends the file's use of the worker (a worker of its own is stopped; the shared one is kept). */
  stop: () => Promise<void>;
};

type Started = { origin: string; db: SqlDb; d1: D1; stop: () => Promise<void>; endNow: () => void };

/** `wrangler dev` on a free port over a fresh copy of the global setup's seeded D1, and that D1 opened once. */
async function startOnSeededCopy(o: { testScheduled?: boolean }): Promise<Started> {
  const persistTo = await mkdtemp(path.join(os.tmpdir(), "fuyuan-d1-"));
  await copySeededD1(persistTo);
  const remove = () => rm(persistTo, { recursive: true, force: true });
  const [starting, opening] = await Promise.allSettled([startDevWorker({ persistTo, ip: "127.0.0.1", testScheduled: o.testScheduled, logLevel: "warn" }), openLocalDb(persistTo)]);
  if (starting.status === "rejected" || opening.status === "rejected") {
    if (starting.status === "fulfilled") await starting.value.stop();
    if (opening.status === "fulfilled") await opening.value.close();
    await remove();
    throw starting.status === "rejected" ? starting.reason : (opening as PromiseRejectedResult).reason;
  }
  const [worker, opened] = [starting.value, opening.value];
  return {
    origin: worker.url,
    db: opened.db,
    d1: opened.d1,
    stop: async () => {
      await Promise.all([worker.stop(), opened.close()]);
      await remove();
    },
    endNow: () => {
      signal(worker.child.pid, { group: true });
      // The D1 opener's workerd is a child of this process (wrangler's platform proxy starts it).
      for (const pid of childProcessesNamed("workerd")) signal(pid);
      rmSync(persistTo, { recursive: true, force: true });
    },
  };
}

function signal(pid: number | undefined, o: { group?: boolean } = {}): void {
  if (!pid) return;
  try {
    process.kill(o.group ? -pid : pid, "SIGTERM");
  } catch {
    // already gone
  }
}

/** This process's children running `name` (Linux's /proc; elsewhere none are found). */
function childProcessesNamed(name: string): number[] {
  if (!existsSync("/proc")) return [];
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === process.pid && readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(name)) found.push(Number(entry));
    } catch {
      // ended meanwhile
    }
  }
  return found;
}

// One worker per test process (vitest keeps a process for many files of this project), kept
// between its files: starting `wrangler dev` and opening its D1 cost about 2.5 CPU-seconds a file.
// Each file after the first gets the database back as the seed left it (test/tools/d1-snapshot.ts),
// so every file still starts from the same seeded database and sees none of another's writes.
let shared: Promise<{ started: Started; seed: unknown; files: number }> | undefined;

function sharedWorker() {
  shared ??= (async () => {
    const started = await startOnSeededCopy({});
    // vitest ends its test processes with SIGTERM, on which wrangler's own handler (loaded with the
    // D1 opener) exits at once: what is still running is ended synchronously on the way out.
    process.once("exit", () => started.endNow());
    return { started, seed: await takeSnapshot(started.d1), files: 0 };
  })();
  return shared;
}

/**
 * The seed put back; tried again a few times, since the worker may still be answering a request
 * of the file before (one that file did not wait for) when the restore asks for the write lock.
 */
async function restoreWithRetry(d1: D1, seed: unknown): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await restoreSnapshot(d1, seed);
    } catch (err) {
      if (attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }
}

/**
 * The real worker for one test file, over the seeded D1: the process's shared `wrangler dev`, its
 * database put back to the seed. `testScheduled`: a worker of the file's own with `/__scheduled`
 * enabled, as `npm start` runs it (its Cron Trigger queues deliveries a shared worker would carry
 * into the next file).
 */
export async function startLocalWorker(o: { testScheduled?: boolean } = {}): Promise<LocalWorker> {
  if (o.testScheduled) {
    const own = await startOnSeededCopy(o);
    // A file whose set-up fails after this started (Chromium missing, say) never reaches its
    // afterAll; what is still running is ended on the way out, as for the shared worker.
    process.once("exit", () => own.endNow());
    return { origin: own.origin, db: () => Promise.resolve(own.db), stop: own.stop };
  }
  const worker = await sharedWorker();
  if (worker.files > 0) await restoreWithRetry(worker.started.d1, worker.seed);
  worker.files += 1;
  return { origin: worker.started.origin, db: () => Promise.resolve(worker.started.db), stop: () => Promise.resolve() };
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

// One Chromium per test process, a fresh context (its own storage, cookies and cache, like a
// profile of its own) per file: a launch with its GPU, network and zygote processes cost about a
// CPU-second. Playwright gives the browser a fresh temporary --user-data-dir and ends it when the
// process exits.
let browser: Promise<Browser> | undefined;

/** A fresh browser context in this process's Chromium; `close()` ends the context. */
export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  browser ??= chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // No host but this machine resolves: a request that would leave it fails at once.
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ],
  });
  const context = await (await browser).newContext({ viewport: { width: 360, height: 720 }, deviceScaleFactor: 1, locale: "zh-CN" });
  return { context, close: () => context.close() };
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
