// `npm run bench [-- --quick] [--rounds N] [--only a,b]`: every speed scenario of the ledger against its floor,
// one line each, `<scenario>: ours <median> vs <baseline> <median> = <ratio>x (<rounds> rounds)`,
// and the same as JSON under bench/results/ (ignored by git). The ledger runs as `npm start` runs
// it (wrangler dev, workerd, local D1); the floor is bench/floor-worker.ts over the same D1 files.
// It runs every size the targets name (pulls and scores up to 100,000 matters; about two minutes
// here); --quick runs a quarter of them, for a look while working. A report, not a test.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { tokens } from "../../schema/tables";
import { hashToken, newToken } from "../../worker/platform/token-hash";
import { chunkForD1 } from "../../worker/platform/batch";
import { loadDirectory } from "../../worker/platform/directory";
import { loadTasks, responsibleByTask } from "../../worker/tasks/tasks-queries";
import { openLocalDb, prepareLocalDatabase, root } from "../lib/local-db";
import { startDevWorker } from "../lib/dev-worker";
import { TokenPool } from "./http";
import { Report } from "./measure";
import { benchDeadlines } from "./deadlines";
import { runTool } from "../lib/bin";
import { benchLatency, benchPull, benchScores, benchSubmit, fill, type Pair, type Servers } from "./ledger";

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false }, rounds: { type: "string", default: "5" }, only: { type: "string" } } });
const full = !values.quick;
const rounds = Number(values.rounds);
const only = values.only?.split(",");
const wanted = (name: string) => !only || only.includes(name);
const sizes = {
  questions: 1_000_000,
  agreeSample: full ? 1_000_000 : 100_000,
  submit: 5_000,
  matters: full ? 100_000 : 25_000,
  reports: full ? 20_000 : 5_000,
  excelRows: 100_000,
};
const scales = [1, 4, 16] as const;
const report = new Report();
const started = performance.now();
console.log(`npm run bench${full ? "" : " --quick"}: ${rounds} interleaved rounds per scenario; sizes ${JSON.stringify(sizes)}`);

if (wanted("deadlines")) await benchDeadlines(report, { root, questions: sizes.questions, sample: sizes.agreeSample, rounds });
if (wanted("excel")) {
  const run = runTool("tsx", [path.join(import.meta.dirname, "excel.ts"), String(sizes.excelRows)], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const lines = run.stdout.trimEnd().split("\n");
  const last = lines.pop() ?? "";
  if (run.status !== 0 || !last.startsWith("RESULTS ")) throw new Error(`the workbook benchmark failed:\n${run.stdout}`);
  for (const line of lines) console.log(line);
  report.results.push(...(JSON.parse(last.slice("RESULTS ".length)) as Report["results"]));
}

async function prepare(dir: string): Promise<{ secrets: string[]; pairs: Pair[] }> {
  await prepareLocalDatabase({ persistTo: dir });
  const { db, close } = await openLocalDb(dir);
  try {
    const secrets = Array.from({ length: 400 }, () => newToken());
    const rows = await Promise.all(secrets.map(async (s, i) => ({ hash: await hashToken(s), role: "office" as const, unitId: null, label: `bench ${i}` })));
    for (const chunk of chunkForD1(rows, 6)) await db.insert(tokens).values(chunk);
    const directory = await loadDirectory(db);
    const responsible = responsibleByTask(await loadTasks(db), directory);
    const nameOf = new Map(directory.units.map((u) => [u.id, u.name]));
    const pairs = [...responsible].flatMap(([task, unitIds]) => unitIds.map((unitId) => ({ unit: nameOf.get(unitId)!, unitId, task })));
    return { secrets, pairs };
  } finally {
    await close();
  }
}

const http = ["submit", "pull", "scores", "latency"].some(wanted);
if (http) {
  const dir = mkdtempSync(path.join(tmpdir(), "fuyuan-bench-"));
  const { secrets, pairs } = await prepare(dir);
  const [ours, floor] = await Promise.all([
    startDevWorker({ persistTo: dir, ip: "127.0.0.1" }),
    startDevWorker({ persistTo: dir, ip: "127.0.0.1", config: path.join(root, "bench/wrangler.toml") }),
  ]);
  const s: Servers = { ours: ours.url, floor: floor.url, tokens: new TokenPool(secrets), pairs, rounds };
  try {
    const growth: Record<string, { ours: number; floor: number }[]> = { submit: [], pull: [], scores: [] };
    for (const f of scales) {
      const label = `${f}x`;
      const matters = Math.round((sizes.matters * f) / 16);
      if (wanted("pull") || wanted("scores")) await fill(s, matters, Math.round((sizes.reports * f) / 16));
      if (wanted("submit")) growth.submit!.push(await benchSubmit(report, s, Math.round((sizes.submit * f) / 16), label));
      if (wanted("pull")) growth.pull!.push(await benchPull(report, s, matters, label));
      if (wanted("scores")) growth.scores!.push(await benchScores(report, s, matters, label));
    }
    for (const [what, at] of Object.entries(growth)) {
      if (at.length !== scales.length) continue;
      const grew = (k: "ours" | "floor") => at[at.length - 1]![k] / at[0]![k];
      report.add({ scenario: `growth of ${what}, 1x → 16x the size`, ours: grew("ours"), baseline: "floor", floor: grew("floor"), unit: "x", rounds, note: "16 would be linear" });
    }
    if (wanted("latency")) await benchLatency(report, s, 20, 10);
  } finally {
    await Promise.all([ours.stop(), floor.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }
}

const file = report.write(root, { full, rounds, sizes, seconds: (performance.now() - started) / 1000 });
console.log(`\n${report.results.length} lines in ${((performance.now() - started) / 1000).toFixed(0)} s; JSON: ${path.relative(root, file)}`);
