// The flood check of `npm run load`: a leader's reads alone, then while one token floods from a
// process of its own, on the ledger and, side by side, on the bare floor worker of the benchmarks
// (bench/floor-worker.ts over the same local D1), so that what our code adds to the slowdown can be
// told from what the local runtime (wrangler dev, workerd, one machine) does under the same flood.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { percentile, sleep } from "./client";
import type { FloodOrder, FloodReport } from "./flood";

/** Where a flood check goes: the leader's route and the flooder's, with the token each sends. */
export interface FloodTarget {
  name: string;
  base: string;
  leader: { route: string; token?: string };
  flood: { route: string; token: string };
  /** The cheapest answer of this worker, timed one at a time next to the flooder's request. */
  cheapest: { route: string; status: number; what: string };
  /** The status of a flood request once the flooder's budget is spent (200 where nothing limits). */
  refusedStatus: number;
  /** Wait for a fresh rate-limit window first. */
  freshWindow: boolean;
}

export interface FloodResult {
  target: FloodTarget;
  quiet: number[];
  during: number[];
  report: FloodReport;
  leaderRefused: number;
  floodCost: string;
  cheapestCost: string;
}

/** The flood's process: started, told what to send, and its report awaited. */
function startFlood(order: FloodOrder) {
  const child = fork(fileURLToPath(new URL("./flood.ts", import.meta.url)));
  const started = new Promise<void>((resolve) => child.on("message", (m: { started?: true }) => m.started && resolve()));
  const report = new Promise<FloodReport>((resolve, reject) => {
    child.on("message", (m: { report?: FloodReport }) => m.report && resolve(m.report));
    child.on("exit", (code) => reject(new Error(`the flood process stopped (${code}) before reporting`)));
  });
  child.send(order);
  return { started, report };
}

async function get(base: string, route: string, token?: string): Promise<number> {
  const res = await fetch(`${base}${route}`, { headers: token ? { Authorization: `Bearer ${token}` } : {}, signal: AbortSignal.timeout(10_000) });
  await res.arrayBuffer();
  return res.status;
}

/** p50 of 50 requests one after another, counting only those answered `status`. */
async function aloneP50(base: string, route: string, status: number, token?: string) {
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    if ((await get(base, route, token)) === status) times.push(performance.now() - t);
  }
  return `${percentile(times, 50).toFixed(1)} ms (${times.length} of 50 answered ${status})`;
}

/**
 * The leader reads (one every 100 ms at most: inside the leader's own budget) for 5 s alone, then
 * while `count` flood requests go out `width` at a time, none of them waiting for Retry-After.
 */
export async function floodCheck(t: FloodTarget, count: number, width: number): Promise<FloodResult> {
  let leaderRefused = 0;
  const leaderReads = async (until: () => boolean) => {
    const times: number[] = [];
    while (!until()) {
      const started = performance.now();
      if ((await get(t.base, t.leader.route, t.leader.token)) === 429) leaderRefused++;
      times.push(performance.now() - started);
      await sleep(Math.max(0, 100 - (performance.now() - started)));
    }
    return times;
  };
  if (t.freshWindow) await sleep(10_000);
  const quietEnd = Date.now() + 5000;
  const quiet = await leaderReads(() => Date.now() > quietEnd);
  const storm = startFlood({ base: t.base, token: t.flood.token, route: t.flood.route, count, width });
  await storm.started;
  let done = false;
  const [during, report] = await Promise.all([leaderReads(() => done), storm.report.finally(() => (done = true))]);
  // What one request costs the server alone, one after another: the flooder's (refused now where
  // a budget is spent) against the cheapest answer this worker gives.
  const floodCost = await aloneP50(t.base, t.flood.route, t.refusedStatus, t.flood.token);
  const cheapestCost = await aloneP50(t.base, t.cheapest.route, t.cheapest.status);
  return { target: t, quiet, during, report, leaderRefused, floodCost, cheapestCost };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

/** The results side by side: alone, during and their ratio for p50 and p99, then each flood's answers. */
export function floodTable(results: FloodResult[], count: number, width: number): string {
  const head = results.map((r) => `${r.target.name}: alone (${r.quiet.length}) | during (${r.report.seconds.toFixed(1)} s; ${r.during.length}) | during / alone`).join(" | ");
  const row = (p: number) =>
    results
      .map((r) => {
        const a = percentile(r.quiet, p);
        const d = percentile(r.during, p);
        return `${ms(a)} | ${ms(d)} | ×${(d / a).toFixed(1)}`;
      })
      .join(" | ");
  const lines = [
    `Leader reads, one per 100 ms, alone and while one token sends ${count} requests, ${width} at a time (reads counted in brackets):`,
    "",
    `| | ${head} |`,
    `| --- |${" ---: |".repeat(3 * results.length)}`,
    `| leader p50 | ${row(50)} |`,
    `| leader p99 | ${row(99)} |`,
    "",
  ];
  for (const r of results) {
    const statuses = Object.entries(r.report.statuses).map(([s, n]) => `${s}: ${n}`).join(", ");
    lines.push(
      `- ${r.target.name}: leader GET ${r.target.leader.route}, flood GET ${r.target.flood.route}; flood answers ${statuses}; leader reads refused 429: ${r.leaderRefused}. ` +
        `One at a time afterwards, p50: a flood request ${r.floodCost}, ${r.target.cheapest.what} ${r.cheapestCost}.`,
    );
  }
  const [ours, floor] = results;
  if (ours && floor) {
    const slow = (r: FloodResult) => percentile(r.during, 50) / percentile(r.quiet, 50);
    lines.push("", `The leader's p50 slowdown on ours / on the floor under the same flood: ${(slow(ours) / slow(floor)).toFixed(2)}.`);
  }
  return lines.join("\n");
}
