// The one way we start the real worker: `wrangler dev` over a local D1 state directory, then poll
// /api/v1/health until it answers. `npm start`, the admin CLI's end-to-end test and the browser
// test all use it. Only Node built-ins here, so the add-in's tests (DOM types) can import it too.
import type { ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { get as httpGet } from "node:http";
import { get as httpsGet } from "node:https";
import net from "node:net";
import path from "node:path";
import { spawnTool } from "./bin";

const root = path.resolve(import.meta.dirname, "../..");

export type DevWorkerOptions = {
  persistTo: string;
  /** Another wrangler configuration than the ledger's (the benchmarks' floor worker). */
  config?: string;
  /** Default: a free port on 127.0.0.1. */
  port?: number;
  /** Passed as `--ip` and used in the URL; without it wrangler listens on localhost. */
  ip?: string;
  /** Serve over TLS; health is then checked against this CA. */
  https?: { keyPath: string; certPath: string; caPath: string };
  /** Enable `/__scheduled?cron=…`, which runs the Cron Trigger handler on request (`--test-scheduled`). */
  testScheduled?: boolean;
  /**
   * wrangler's own `--log-level`. Tests pass "warn": at the default ("log") wrangler prints a line
   * for every request it serves, which cost 15–25% of the CPU of a request through `wrangler dev`
   * here (1,000 requests: 5.7–6.8 CPU-s at "log", 4.7–5.5 at "warn"). Errors and warnings still show.
   */
  logLevel?: "debug" | "info" | "log" | "warn" | "error" | "none";
  /** Show wrangler's interactive hotkeys (only for a person at a terminal). */
  interactive?: boolean;
  /** Every chunk wrangler prints; by default it is kept and shown only if the worker never answers. */
  onOutput?: (chunk: Buffer, stream: "stdout" | "stderr") => void;
  timeoutMs?: number;
};

export type DevWorker = { url: string; child: ChildProcess; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startDevWorker(o: DevWorkerOptions): Promise<DevWorker> {
  // wrangler.toml serves dist/addin as static assets and refuses to start if it is missing.
  mkdirSync(path.join(root, "dist/addin"), { recursive: true });
  const port = o.port ?? (await freePort());
  const args = ["dev", "--port", String(port), "--persist-to", o.persistTo, "--show-interactive-dev-session", String(Boolean(o.interactive))];
  if (o.config) args.push("--config", o.config);
  if (o.ip) args.push("--ip", o.ip);
  // Without a person at the terminal, a free devtools port of our own: wrangler's choice (9229 if
  // free) collides when two workers start at once ("Address already in use", socket direct:1).
  if (!o.interactive) args.push("--inspector-port", String(await freePort()));
  if (o.testScheduled) args.push("--test-scheduled");
  if (o.logLevel) args.push("--log-level", o.logLevel);
  if (o.https) args.push("--local-protocol", "https", "--https-key-path", o.https.keyPath, "--https-cert-path", o.https.certPath);
  // Its own process group (POSIX), so stop() also ends the workerd that wrangler starts.
  const detached = process.platform !== "win32";
  const env = { ...process.env, WRANGLER_SEND_METRICS: "false", ...(o.interactive ? {} : { CI: "true" }) };
  const child = spawnTool("wrangler", args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], env, detached });
  let output = "";
  const record = (stream: "stdout" | "stderr") => (chunk: Buffer) => (o.onOutput ? o.onOutput(chunk, stream) : (output += String(chunk)));
  child.stdout?.on("data", record("stdout"));
  child.stderr?.on("data", record("stderr"));

  const url = `${o.https ? "https" : "http"}://${o.ip ?? "localhost"}:${port}`;
  const stop = () => stopChild(child, detached);
  const deadline = Date.now() + (o.timeoutMs ?? 90_000);
  while (Date.now() < deadline && child.exitCode === null) {
    if (await healthy(`${url}/api/v1/health`, o.https?.caPath)) return { url, child, stop };
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`wrangler dev did not answer at ${url}:\n${output}`);
}

async function stopChild(child: ChildProcess, group: boolean): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise((r) => child.once("exit", r));
  try {
    if (group) process.kill(-child.pid, "SIGTERM");
    else child.kill();
  } catch {
    return; // already gone
  }
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
}

/** One health probe; over HTTPS it verifies the server against our development CA. */
function healthy(url: string, ca?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const get = url.startsWith("https:") ? httpsGet : httpGet;
    const req = get(url, ca ? { ca: readFileSync(ca) } : {}, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("error", () => resolve(false));
    req.setTimeout(5000, () => req.destroy());
  });
}
