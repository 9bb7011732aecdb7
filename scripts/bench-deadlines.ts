// Benchmark: the indexed deadline engine against a naive day-by-day walk over the same calendar.
// Run: npx tsx scripts/bench-deadlines.ts [questions]   (default 200000). Not a test; nothing fails on time.
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildWorkCalendar, deadlineAfter, type HolidayArrangement } from "../domain/calendar";

const root = path.join(import.meta.dirname, "..");
const { arrangements } = JSON.parse(readFileSync(path.join(root, "seed/calendar/cn-holidays.json"), "utf8")) as {
  arrangements: HolidayArrangement[];
};
const questions = Number(process.argv[2] ?? 200_000);

// Baseline: the obvious implementation, one day at a time with UTC dates and lookup sets.
const off = new Set(arrangements.flatMap((a) => a.off));
const work = new Set(arrangements.flatMap((a) => a.work));
function naiveDeadline(start: string, days: number): string {
  const d = new Date(`${start}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const iso = d.toISOString().slice(0, 10);
    const w = d.getUTCDay();
    if (work.has(iso) || (w !== 0 && w !== 6 && !off.has(iso))) left--;
  }
  return d.toISOString().slice(0, 10);
}

// Deterministic questions: starts from mid-2015 to mid-2027 (both edges outside the loaded years), 1–60 days.
let seed = 20260101;
const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const base = Date.UTC(2015, 5, 1);
const asked = Array.from({ length: questions }, () => ({
  start: new Date(base + Math.floor(random() * 12 * 365) * 86_400_000).toISOString().slice(0, 10),
  days: 1 + Math.floor(random() * 60),
}));

const t0 = process.hrtime.bigint();
const cal = buildWorkCalendar(arrangements);
const t1 = process.hrtime.bigint();
const indexed = asked.map((q) => deadlineAfter(q.start, q.days, cal).deadline);
const t2 = process.hrtime.bigint();
const naive = asked.map((q) => naiveDeadline(q.start, q.days));
const t3 = process.hrtime.bigint();

const disagree = asked.filter((_, i) => indexed[i] !== naive[i]);
const perQuestion = (ns: bigint) => Number(ns) / questions;
const indexedNs = perQuestion(t2 - t1);
const naiveNs = perQuestion(t3 - t2);
console.log(`questions:            ${questions} (${arrangements.length} loaded years, days 1–60)`);
console.log(`index build (once):   ${(Number(t1 - t0) / 1e6).toFixed(2)} ms`);
console.log(`indexed engine:       ${indexedNs.toFixed(0)} ns/question`);
console.log(`naive day-by-day:     ${naiveNs.toFixed(0)} ns/question`);
console.log(`ratio (naive/indexed): ${(naiveNs / indexedNs).toFixed(1)}x`);
console.log(disagree.length === 0 ? "answers agree: yes" : `answers agree: NO (${disagree.length} differ, e.g. ${JSON.stringify(disagree[0])})`);
process.exitCode = disagree.length === 0 ? 0 : 1;
