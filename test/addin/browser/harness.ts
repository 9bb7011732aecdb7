/**
 * The real stack for the browser tests: a local D1 migrated and seeded in a temporary folder,
 * `wrangler dev` serving the API and the built add-in on one origin, and Debian's Chromium
 * driven by playwright-core. Nothing leaves the machine: Chromium runs with background
 * networking off and the page only talks to 127.0.0.1.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

// scripts/lib type-checks with the worker's types (tsconfig.json), which clash with the DOM types
// of this project (addin/tsconfig.json); so it is loaded by path and typed by what is used here.
export type Role = "office" | "leader" | "unit";
type SqlDb = { all(query: unknown): Promise<unknown[]> };
type LocalDb = {
  root: string;
  prepareLocalDatabase(o: { persistTo: string }): Promise<unknown>;
  openLocalDb(persistTo: string): Promise<{ db: SqlDb; close: () => Promise<void> }>;
};
type Tokens = { issueToken(db: SqlDb, o: { role: Role; unit?: string; label?: string }): Promise<{ secret: string }> };
const scripts = path.resolve(import.meta.dirname, "../../../scripts/lib");
const load = <T>(file: string): Promise<T> => import(/* @vite-ignore */ path.join(scripts, file)) as Promise<T>;
const { openLocalDb, prepareLocalDatabase, root } = await load<LocalDb>("local-db.ts");
const { issueToken } = await load<Tokens>("tokens.ts");

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export type LocalWorker = { origin: string; persistTo: string; stop: () => Promise<void> };

/** Migrates and seeds a fresh local D1, then starts `wrangler dev` on a free port and waits for health. */
export async function startLocalWorker(): Promise<LocalWorker> {
  const persistTo = await mkdtemp(path.join(os.tmpdir(), "fuyuan-d1-"));
  await prepareLocalDatabase({ persistTo });
  const port = await freePort();
  const child: ChildProcess = spawn(
    "npx",
    ["wrangler", "dev", "--port", String(port), "--ip", "127.0.0.1", "--persist-to", persistTo, "--show-interactive-dev-session", "false"],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" }, detached: true },
  );
  let output = "";
  child.stdout?.on("data", (b) => (output += b));
  child.stderr?.on("data", (b) => (output += b));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((r) => child.once("exit", r));
      process.kill(-child.pid, "SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    await rm(persistTo, { recursive: true, force: true });
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${origin}/api/v1/health`).then((r) => r.ok, () => false);
    if (ok) return { origin, persistTo, stop };
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`wrangler dev did not become healthy:\n${output}`);
}

/** Issues a real token in the worker's local D1 (the admin CLI's own code). */
export async function tokenFor(worker: LocalWorker, role: Role, unit?: string): Promise<string> {
  const { db, close } = await openLocalDb(worker.persistTo);
  try {
    return (await issueToken(db, { role, unit, label: `browser test ${role}` })).secret;
  } finally {
    await close();
  }
}

/** Rows of a plain SQL query against the worker's local D1 (drizzle's `db.all`). */
export async function queryD1<T>(worker: LocalWorker, query: unknown): Promise<T[]> {
  const { db, close } = await openLocalDb(worker.persistTo);
  try {
    return (await db.all(query)) as T[];
  } finally {
    await close();
  }
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
