// `npm run load`: a load run against a running `npm start`, on 127.0.0.1 only, for a fixed time.
// The 27 member units push progress reports and retry them with Idempotency-Keys while office
// staff pull and edit the same rows and a leader reads; then the database is checked against what
// the server said it accepted, and one unit's flood is timed against a leader's reads.
// A report, not a test. Tokens are issued in the local D1 by the admin CLI's own code.
//   npm run load -- --seconds 30 [--url http://127.0.0.1:8787] [--period 2026-Q4] [--persist-to DIR]
//                  [--flood 500] [--flood-width 25] [--no-flood | --flood-only]
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { defaultPersistTo, openLocalDb, root } from "./lib/local-db";
import { startDevWorker } from "./lib/dev-worker";
import { issueToken } from "./lib/tokens";
import { createClient, percentile, Recorder, type Call, type Kind } from "./load/client";
import { Ledger } from "./load/ledger";
import { leaderLoop, officeLoop, unitLoop, type Run, type Unit } from "./load/actors";
import { snapshot, verify, type Verdict } from "./load/verify";
import { floodCheck, floodTable } from "./load/flood-check";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "30" },
    url: { type: "string" },
    period: { type: "string" },
    "persist-to": { type: "string", default: defaultPersistTo },
    "no-flood": { type: "boolean", default: false },
    "flood-only": { type: "boolean", default: false },
    flood: { type: "string", default: "500" },
    "flood-width": { type: "string", default: "25" },
  },
});
const seconds = Number(values.seconds);
if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) throw new Error("--seconds must be between 1 and 3600");
const base = values.url ?? `http://127.0.0.1:${process.env.PORT ?? 8787}`;
if (new URL(base).hostname !== "127.0.0.1") throw new Error(`the load run goes to 127.0.0.1 only, not ${base}`);
const persistTo = values["persist-to"];
const period = values.period ?? currentQuarter();

function currentQuarter() {
  const china = new Date(Date.now() + 8 * 3_600_000);
  return `${china.getUTCFullYear()}-Q${Math.floor(china.getUTCMonth() / 3) + 1}`;
}

async function issueTokens() {
  const { db, close } = await openLocalDb(persistTo);
  try {
    const members = await db.all<{ name: string }>(sql`select name from units where member = 1 order by id`);
    const label = `load run ${new Date().toISOString()}`;
    const issue = (role: "office" | "leader" | "unit", unit?: string) => issueToken(db, { role, unit, label }).then((t) => t.secret);
    const units = [];
    for (const m of members) units.push({ name: m.name, token: await issue("unit", m.name) });
    return { office: await issue("office"), leader: await issue("leader"), floodLeader: await issue("leader"), flooder: await issue("unit", members[0]!.name), units, before: await snapshot(db, period) };
  } finally {
    await close();
  }
}

/** Each unit's tasks, as the API resolves responsibility (groups expanded, aliases resolved). */
async function tasksByUnit(call: Call, office: string): Promise<Map<string, number[]>> {
  const byUnit = new Map<string, number[]>();
  const tasks = await call("office pull", office, "/api/v1/tasks");
  if (tasks.status !== 200) throw new Error(`GET /api/v1/tasks answered ${tasks.status}`);
  for (const { no } of (tasks.body as { tasks: { no: number }[] }).tasks) {
    const r = await call("office pull", office, `/api/v1/tasks/${no}/responsible`);
    for (const unit of r.status === 200 ? (r.body as { units: string[] }).units : []) byUnit.set(unit, [...(byUnit.get(unit) ?? []), no]);
  }
  return byUnit;
}

/**
 * One unit token's flood against a leader's reads on the ledger, then the same flood and the same
 * pacing on the bare floor worker of the benchmarks over the same local D1: there the flood is
 * the floor's cheapest answer, 500 times, what a refused request would cost if our code added nothing.
 */
async function floodRun(leader: string, flooder: string, count: number, width: number) {
  const ours = await floodCheck(
    {
      name: "ours",
      base,
      leader: { route: "/api/v1/matters", token: leader },
      flood: { route: `/api/v1/reports?period=${period}`, token: flooder },
      cheapest: { route: "/taskpane", status: 200, what: "the add-in's static page" },
      refusedStatus: 429,
      freshWindow: true,
    },
    count,
    width,
  );
  const floorWorker = await startDevWorker({ persistTo, ip: "127.0.0.1", config: path.join(root, "bench/wrangler.toml") });
  try {
    const floor = await floodCheck(
      {
        name: "floor",
        base: floorWorker.url,
        leader: { route: "/floor/matters" },
        flood: { route: "/floor/min", token: flooder },
        cheapest: { route: "/floor/min", status: 200, what: "the same" },
        refusedStatus: 200,
        freshWindow: false,
      },
      count,
      width,
    );
    return floodTable([ours, floor], count, width);
  } finally {
    await floorWorker.stop();
  }
}

function latencyTable(recorder: Recorder) {
  const kinds: Kind[] = ["unit push", "unit retry", "unit pull", "office pull", "office edit", "leader read"];
  const lines = ["| requests | n | p50 ms | p99 ms |", "| --- | ---: | ---: | ---: |"];
  for (const kind of kinds) {
    const xs = recorder.latencies.get(kind) ?? [];
    if (xs.length) lines.push(`| ${kind} | ${xs.length} | ${percentile(xs, 50).toFixed(1)} | ${percentile(xs, 99).toFixed(1)} |`);
  }
  const all = kinds.flatMap((k) => recorder.latencies.get(k) ?? []);
  lines.push(`| all | ${all.length} | ${percentile(all, 50).toFixed(1)} | ${percentile(all, 99).toFixed(1)} |`);
  return lines.join("\n");
}

async function main() {
  const health = await fetch(`${base}/api/v1/health`).then((r) => r.status, () => 0);
  if (health !== 200) throw new Error(`no worker at ${base} (start it with npm start)`);
  const { office, leader, floodLeader, flooder, units: issued, before } = await issueTokens();
  if (values["flood-only"]) {
    console.log(`› one unit token's flood against a leader's reads, ${base} …`);
    console.log(`\n## Flood check, ${base}\n\n${await floodRun(floodLeader, flooder, Number(values.flood), Number(values["flood-width"]))}`);
    process.exit(0);
  }
  const setup = new Recorder();
  const byUnit = await tasksByUnit(createClient(base, setup), office);
  const units: Unit[] = issued.map((u) => ({ ...u, tasks: byUnit.get(u.name) ?? [] }));

  const recorder = new Recorder();
  const ledger = new Ledger();
  const run: Run = { call: createClient(base, recorder), ledger, period, deadline: Date.now() + seconds * 1000, retryChance: 0.25, duplicateChance: 0.1 };
  console.log(`› ${units.length} units, office ×2 and a leader against ${base} for ${seconds} s (period ${period}) …`);
  const started = Date.now();
  await Promise.all([...units.map((u) => unitLoop(run, u)), officeLoop(run, office), officeLoop(run, office), leaderLoop(run, leader)]);
  const elapsed = (Date.now() - started) / 1000;

  const { db, close } = await openLocalDb(persistTo);
  let verdicts: Verdict[];
  try {
    verdicts = await verify(db, period, before, ledger, recorder.count((s) => s.startsWith("5")));
  } finally {
    await close();
  }
  const flood = values["no-flood"] ? "" : await floodRun(floodLeader, flooder, Number(values.flood), Number(values["flood-width"]));

  const statuses = [...recorder.statuses].sort().map(([s, n]) => `${s}: ${n}`).join(", ");
  console.log(`
## Load run: ${units.length} units, ${elapsed.toFixed(0)} s, ${base}

${verdicts.map((v) => `- ${v.ok ? "PASS" : "FAIL"} ${v.name}: ${v.detail}`).join("\n")}

| what | count |
| --- | ---: |
| answers by status | ${statuses} |
| accepted changes (report rows written) | ${ledger.acceptedChanges} |
| idempotent replays (Idempotent-Replayed: true) | ${ledger.replays}${ledger.replayMismatches ? `, ${ledger.replayMismatches} differing from the first answer` : ""} |
| version conflicts (409) | ${ledger.conflicts} |
| twin sent at once refused while the first ran (409 in_progress) | ${ledger.inFlightRefusals} |
| other refusals (4xx) | ${ledger.refusals} |
| rate-limited (429, retried after Retry-After) | ${ledger.limited} |
| lost answers (timeout, retried with the same key) | ${ledger.lost} |

${latencyTable(recorder)}
${flood ? `\n${flood}\n` : ""}`);
  process.exit(verdicts.every((v) => v.ok) ? 0 : 1);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(2);
});
