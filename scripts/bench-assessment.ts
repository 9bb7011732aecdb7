// Benchmark: the full year-end scoring (every unit, every indicator, ranking) against a plain
// GROUP BY over the same matters, on a real local D1 (wrangler's platform proxy over a fresh
// temporary database with the real migrations and the plan seed).
// Run: npx tsx scripts/bench-assessment.ts [matters]   (default 100000). A report, not a test.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { count, sql, type SQL } from "drizzle-orm";
import { matterUnits, matters, reports } from "../schema/tables";
import { scoreUnits } from "../domain/assessment";
import { chunkForD1 } from "../worker/platform/batch";
import { loadDirectory } from "../worker/platform/directory";
import { loadTasks, responsibleByTask } from "../worker/tasks/tasks-queries";
import { loadAssessmentInputs } from "../worker/assessment/inputs-queries";
import { assessYear } from "../worker/assessment/assess-year";
import { defaultScheme } from "../domain/assessment";
import { countMatters } from "../worker/assessment/matter-counts";
import type { Db } from "../worker/platform/db";
import { openLocalDb, prepareLocalDatabase } from "./lib/local-db";

const total = Number(process.argv[2] ?? 100_000);
const year = 2025;
const today = "2026-01-31";
const runs = 15;

let seed = 20251231;
const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const pick = <T>(xs: ReadonlyArray<T>) => xs[Math.floor(random() * xs.length)]!;
const day = (base: number, offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);

async function insertInBatches(db: Db, statements: Parameters<Db["batch"]>[0][number][]) {
  for (let i = 0; i < statements.length; i += 400) {
    const slice = statements.slice(i, i + 400);
    await db.batch(slice as [typeof slice[number], ...typeof slice]);
  }
}

/**
 * Fills the database through drizzle: 1,000 matters inserted row by row, then doubled with
 * INSERT … SELECT (each copy gets a fresh pseudo-random deadline, lead unit, task and outcome
 * from its id), lead and co-unit links by INSERT … SELECT, and reports per responsibility.
 */
async function fill(db: Db) {
  const directory = await loadDirectory(db);
  const unitIds = directory.units.map((u) => u.id);
  const minId = Math.min(...unitIds);
  const n = unitIds.length;
  if (Math.max(...unitIds) - minId + 1 !== n) throw new Error("unit ids are not contiguous");
  const yearStart = Date.UTC(year, 0, 1);
  const base = Array.from({ length: Math.min(1000, total) }, (_, i) => {
    const deadline = day(yearStart, Math.floor(random() * 395) - 15);
    const r = random();
    const settled = r < 0.7 ? day(Date.parse(deadline), -Math.floor(random() * 8)) : r < 0.85 ? day(Date.parse(deadline), 1 + Math.floor(random() * 20)) : null;
    return {
      title: `事项${i + 1}`,
      taskNo: 1 + Math.floor(random() * 32),
      source: pick(["会议纪要", "专题会议", "专班", "司法建议", "其他"]),
      leadUnitId: pick(unitIds),
      assigned: day(Date.parse(deadline), -14),
      deadline,
      originalDeadline: deadline,
      status: settled ? "已办结" : "办理中",
      settled,
      onTime: settled ? settled <= deadline : null,
    };
  });
  await insertInBatches(db, chunkForD1(base, 18).map((chunk) => db.insert(matters).values(chunk)));

  for (let have = base.length, round = 1; have < total; round++) {
    const take = Math.min(have, total - have);
    const deadline = sql<string>`date(${`${year - 1}-12-17`}, '+' || ((${matters.id} * 7919 + ${round * 104729}) % 395) || ' days')`;
    const h = sql`((${matters.id} * 31 + ${round * 17}) % 100)`;
    const settled = sql<string | null>`case when ${h} < 70 then date(${deadline}, '-' || (${matters.id} % 8) || ' days') when ${h} < 85 then date(${deadline}, '+' || (1 + ${matters.id} % 20) || ' days') end`;
    await db.insert(matters).select(
      db
        .select({
          id: sql<number>`null`.as("id"),
          title: sql<string>`'事项' || (${matters.id} + ${have})`.as("title"),
          taskNo: sql<number>`((${matters.taskNo} * 7 + ${round}) % 32) + 1`.as("taskNo"),
          source: matters.source,
          sourceRef: matters.sourceRef,
          leadUnitId: sql<number>`((${matters.leadUnitId} * 13 + ${matters.id} + ${round}) % ${n}) + ${minId}`.as("leadUnitId"),
          assigned: sql<string>`date(${deadline}, '-14 days')`.as("assigned"),
          days: matters.days,
          deadline: deadline.as("deadline"),
          originalDeadline: sql<string>`${deadline}`.as("originalDeadline"),
          provisional: matters.provisional,
          status: sql<string>`case when ${h} < 85 then '已办结' else '办理中' end`.as("status"),
          overdueSince: sql<string | null>`null`.as("overdueSince"),
          settled: settled.as("settled"),
          result: sql<string | null>`null`.as("result"),
          onTime: sql<boolean | null>`case when ${h} < 70 then 1 when ${h} < 85 then 0 end`.as("onTime"),
          version: matters.version,
          createdAt: sql<Date>`${Date.now()}`.as("createdAt"),
          updatedAt: sql<Date>`${Date.now()}`.as("updatedAt"),
        })
        .from(matters)
        .orderBy(matters.id)
        .limit(take),
    );
    have += take;
  }

  // Links: every matter's lead; a first co-unit on 3 matters in 5, a second on 1 in 5.
  const link = (unitId: SQL.Aliased<number> | typeof matters.leadUnitId, role: "lead" | "co") => ({
    matterId: matters.id,
    unitId,
    role: sql<typeof role>`${role}`.as("role"),
    contribution: sql<string | null>`null`.as("contribution"),
    contributedAt: sql<Date | null>`null`.as("contributedAt"),
  });
  const other = (extra: SQL) => sql<number>`((${matters.leadUnitId} - ${minId} + ${extra}) % ${n}) + ${minId}`.as("unitId");
  await db.insert(matterUnits).select(db.select(link(matters.leadUnitId, "lead")).from(matters));
  await db.insert(matterUnits).select(db.select(link(other(sql`1 + ${matters.id} % 7`), "co")).from(matters).where(sql`${matters.id} % 5 < 3`));
  await db.insert(matterUnits).select(db.select(link(other(sql`8 + ${matters.id} % 11`), "co")).from(matters).where(sql`${matters.id} % 5 = 0`));
  const [links] = await db.select({ n: count() }).from(matterUnits);

  const responsible = responsibleByTask(await loadTasks(db), directory);
  const due = ["2025-04-15", "2025-07-14", "2025-10-21", "2026-01-15"];
  const reportRows = [...responsible].flatMap(([taskNo, units]) =>
    units.flatMap((unitId) =>
      due.flatMap((dueDay, q) => {
        const r = random();
        if (r < 0.15) return [];
        const submittedOn = r < 0.85 ? day(Date.parse(dueDay), -Math.floor(random() * 10)) : day(Date.parse(dueDay), 1 + Math.floor(random() * 10));
        return [{ unitId, taskNo, period: `${year}-Q${q + 1}`, progress: "按计划推进", submittedOn }];
      }),
    ),
  );
  await insertInBatches(db, chunkForD1(reportRows, 11).map((chunk) => db.insert(reports).values(chunk)));
  return { units: n, links: links!.n, reports: reportRows.length };
}

async function time(label: string, fn: () => Promise<unknown>) {
  await fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(runs / 2)]!;
  console.log(`${label.padEnd(44)} median ${median.toFixed(1).padStart(7)} ms   (min ${samples[0]!.toFixed(1)}, max ${samples[runs - 1]!.toFixed(1)}, ${runs} runs)`);
  return median;
}

const dir = mkdtempSync(path.join(tmpdir(), "bench-assessment-"));
try {
  const t0 = performance.now();
  await prepareLocalDatabase({ persistTo: dir });
  const { db, close } = await openLocalDb(dir);
  try {
    const filled = await fill(db);
    console.log(`local D1 at ${dir}: ${total} matters, ${filled.links} matter-unit links, ${filled.reports} reports, ${filled.units} units (filled in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    console.log(`scoring year ${year} as of ${today}\n`);

    const baseline = await time("baseline: GROUP BY lead unit over matters", () =>
      db.select({ unitId: matters.leadUnitId, n: count() }).from(matters).groupBy(matters.leadUnitId),
    );
    await time("counters only (3 indicators, all units)", () => loadAssessmentInputs(db, year, today));
    await time("matter counters: one GROUP BY join", () => countMatters(db, year, today));
    const inputs = await loadAssessmentInputs(db, year, today);
    const pureStart = performance.now();
    const entries = scoreUnits(inputs.units, defaultScheme, inputs.adjustments);
    console.log(`${"pure scoreUnits (in memory)".padEnd(44)} ${(performance.now() - pureStart).toFixed(2)} ms for ${entries.length} units`);
    const full = await time("full scoring: GET /assessment/:year path", () => assessYear(db, year, today));
    console.log(`\nratio full / baseline: ${(full / baseline).toFixed(2)}x`);
    const top = entries.slice(0, 3).map((e) => `${e.unit} ${e.score} ${e.grade}`).join("；");
    console.log(`sanity: ${entries.filter((e) => e.rank !== null).length} ranked units; top three: ${top}`);
  } finally {
    await close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
