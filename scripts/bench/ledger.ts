// Scenarios 2–5 and 7 over HTTP: the ledger (`wrangler dev`, as `npm start` runs it) against the
// floor worker (bench/floor-worker.ts) over the same local D1.
import { randomUUID } from "node:crypto";
import { call, ok, type TokenPool } from "./http";
import { interleave, interleaveFloors, percentile, timed, type Report } from "./measure";

export interface Pair {
  unit: string;
  unitId: number;
  task: number;
}

export interface Servers {
  ours: string;
  floor: string;
  tokens: TokenPool;
  pairs: Pair[];
  rounds: number;
}

const YEAR = 2025;
/** Benchmark submissions use periods from here on; the floor removes them between calls. */
const FIRST_PERIOD_YEAR = 2040;

export async function fill(s: Servers, matters: number, reports: number) {
  const t0 = performance.now();
  const r = await ok(s.floor, "/floor/fill", { json: { matters, reports, year: YEAR } });
  const got = JSON.parse(r.body) as { matters: number; reports: number; registers: number };
  console.log(`  (data: ${got.matters.toLocaleString("en")} matters, ${got.reports.toLocaleString("en")} reports, ${got.registers} register entries; filled in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  return got;
}

function submission(s: Servers, n: number) {
  const rows = [];
  for (let i = 0; rows.length < n; i++) {
    const pair = s.pairs[i % s.pairs.length]!;
    const k = Math.floor(i / s.pairs.length);
    const period = `${FIRST_PERIOD_YEAR + Math.floor(k / 4)}-Q${(k % 4) + 1}`;
    rows.push({ ...pair, period, progress: `第${i + 1}行：已召开专题会议，明确分工，按计划推进`, problems: "资金缺口待协调", plan: "下季度完成资金测算" });
  }
  return rows;
}

export async function benchSubmit(report: Report, s: Servers, n: number, label: string) {
  const rows = submission(s, n);
  const ourRows = rows.map(({ unit, task, period, progress, problems, plan }) => ({ unit, task, period, progress, problems, plan }));
  const floorRows = rows.map(({ unitId, task, period, progress, problems, plan }) => ({ unitId, task, period, progress, problems, plan }));
  const ours = () =>
    timed(() => ok(s.ours, "/api/v1/reports", { json: { rows: ourRows }, token: s.tokens.next(), headers: { "idempotency-key": randomUUID() } }));
  const floor = (logged: boolean) => () => timed(() => ok(s.floor, "/floor/reports", { json: { rows: floorRows, today: "2026-01-10", logged } }));
  const cleanup = () => ok(s.floor, "/floor/cleanup", { json: { fromPeriod: `${FIRST_PERIOD_YEAR}` } });
  // Beside the bare batch: the same batch that also writes each report's log row, as ours must.
  const { ours: samples, floors } = await interleaveFloors(s.rounds, ours, [floor(false), floor(true)], cleanup);
  const scenario = `submit ${n.toLocaleString("en")} report rows, one POST (${label})`;
  report.addSamples(scenario, "DB.batch with a log row per report", { ours: samples, floor: floors[1]! });
  return report.addSamples(scenario, "bare DB.batch", { ours: samples, floor: floors[0]! });
}

export async function benchPull(report: Report, s: Servers, n: number, label: string) {
  let oursBytes = 0;
  let floorBytes = 0;
  const ours = () =>
    timed(async () => {
      const r = await ok(s.ours, "/api/v1/matters", { token: s.tokens.next(), gzip: true });
      oursBytes = r.bytes;
    });
  const floor = () =>
    timed(async () => {
      const r = await ok(s.floor, "/floor/matters", { gzip: true });
      floorBytes = r.bytes;
    });
  const samples = await interleave(Math.max(3, Math.min(s.rounds, n > 50_000 ? 3 : s.rounds)), ours, floor);
  const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
  return report.addSamples(`pull ${n.toLocaleString("en")} matters as the add-in asks (${label})`, "SELECT matters + links as JSON", samples, "ms", `on the wire: ours ${mib(oursBytes)}, floor ${mib(floorBytes)}`);
}

export async function benchScores(report: Report, s: Servers, n: number, label: string) {
  const ours = () => timed(() => ok(s.ours, `/api/v1/assessment/${YEAR}`, { token: s.tokens.next() }));
  const floor = () => timed(() => ok(s.floor, `/floor/scores?year=${YEAR}`));
  const samples = await interleave(s.rounds, ours, floor);
  return report.addSamples(`scores ${YEAR}, all units, ${n.toLocaleString("en")} matters (${label})`, "one GROUP BY", samples);
}

/** `clients` callers at once, each making `each` calls; every call's latency in ms. */
async function underLoad(clients: number, each: number, one: () => Promise<unknown>): Promise<number[]> {
  const all: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = 0; i < each; i++) all.push(await timed(one));
    }),
  );
  return all;
}

export async function benchLatency(report: Report, s: Servers, clients: number, each: number) {
  const minimal = () => ok(s.floor, "/floor/min");
  // The same minimal answer after the two platform calls every request with a token makes (one D1
  // read of the token, one rate-limit call): what of the gap to the bare route is ours, what the platform's.
  const authenticated = () => ok(s.floor, "/floor/authenticated", { token: s.tokens.next() });
  for (const [what, path] of [
    ["GET /tasks", "/api/v1/tasks"],
    ["GET a page of 100 matters", "/api/v1/matters?limit=100"],
  ] as const) {
    const p50 = { ours: [] as number[], floor: [] as number[] };
    const p99 = { ours: [] as number[], floor: [] as number[] };
    const withToken = { p50: { ours: p50.ours, floor: [] as number[] }, p99: { ours: p99.ours, floor: [] as number[] } };
    await underLoad(clients, 2, () => ok(s.ours, path, { token: s.tokens.next() }));
    await underLoad(clients, 2, authenticated);
    for (let r = 0; r < s.rounds; r++) {
      const a = await underLoad(clients, each, () => ok(s.ours, path, { token: s.tokens.next() }));
      const b = await underLoad(clients, each, minimal);
      const c = await underLoad(clients, each, authenticated);
      p50.ours.push(percentile(a, 50));
      p50.floor.push(percentile(b, 50));
      p99.ours.push(percentile(a, 99));
      p99.floor.push(percentile(b, 99));
      withToken.p50.floor.push(percentile(c, 50));
      withToken.p99.floor.push(percentile(c, 99));
    }
    report.addSamples(`${what}, ${clients} clients, p50`, "minimal route p50", p50);
    report.addSamples(`${what}, ${clients} clients, p99`, "minimal route p99", p99);
    report.addSamples(`${what}, ${clients} clients, p50`, "minimal route with token read and rate limit p50", withToken.p50);
    report.addSamples(`${what}, ${clients} clients, p99`, "minimal route with token read and rate limit p99", withToken.p99);
  }
}

export { call };
