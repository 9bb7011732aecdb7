// Scenario 1: the deadline engine against `chinese-days` answering the same questions in-process.
import { readFileSync } from "node:fs";
import path from "node:path";
import chineseDays from "chinese-days";
import { buildWorkCalendar, deadlineAfter, type HolidayArrangement } from "../../domain/calendar";
import { interleave, type Report } from "./measure";

const { findWorkday } = chineseDays;

type Question = { start: string; days: number };

/** Deterministic questions: a start day in 2016–2026 (ending early enough to stay in the loaded years), `days` in the range. */
function questions(n: number, minDays: number, maxDays: number, seed: number): Question[] {
  let s = seed;
  const random = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const first = Date.UTC(2016, 0, 1);
  const span = Math.floor((Date.UTC(2026, 9, 1) - first) / 86_400_000);
  return Array.from({ length: n }, () => ({
    start: new Date(first + Math.floor(random() * span) * 86_400_000).toISOString().slice(0, 10),
    days: minDays + Math.floor(random() * (maxDays - minDays + 1)),
  }));
}

export function benchDeadlines(report: Report, o: { root: string; questions: number; sample: number; rounds: number }) {
  const { arrangements } = JSON.parse(readFileSync(path.join(o.root, "seed/calendar/cn-holidays.json"), "utf8")) as { arrangements: HolidayArrangement[] };
  const cal = buildWorkCalendar(arrangements);
  const asked = questions(o.questions, 1, 30, 20260101);
  const sample = asked.slice(0, o.sample);

  // Identical answers: every question of the sample (all of them, but for --quick).
  let differ = 0;
  let example = "";
  for (const q of sample) {
    const ours = deadlineAfter(q.start, q.days, cal).deadline;
    const theirs = findWorkday(q.days, q.start);
    if (ours !== theirs && differ++ === 0) example = `${q.start}+${q.days}: ours ${ours}, chinese-days ${theirs}`;
  }
  if (differ > 0) throw new Error(`deadline answers differ from chinese-days on ${differ} of ${sample.length} questions, e.g. ${example}`);

  let sink = 0;
  const perQuestion = (qs: Question[], answer: (q: Question) => string) => () => {
    const t0 = process.hrtime.bigint();
    for (const q of qs) sink += answer(q).length;
    return Promise.resolve(Number(process.hrtime.bigint() - t0) / qs.length);
  };
  const ours = (q: Question) => deadlineAfter(q.start, q.days, cal).deadline;
  const theirs = (q: Question) => findWorkday(q.days, q.start);
  return (async () => {
    const s = await interleave(o.rounds, perQuestion(asked, ours), perQuestion(sample.slice(0, Math.min(sample.length, 20_000)), theirs));
    const r = report.addSamples(`deadlines ${o.questions.toLocaleString("en")} questions 2016–2026, days 1–30`, "chinese-days findWorkday", s, "ns", `answers identical on ${sample.length.toLocaleString("en")}`);
    console.log(`  → ours is ${(r.floor / r.ours).toFixed(0)}x faster than chinese-days (target ≥ 200x)`);
    // The same cost at 1 and at 250 days.
    const one = questions(o.questions / 4, 1, 1, 7);
    const far = questions(o.questions / 4, 250, 250, 7);
    const flat = await interleave(o.rounds, perQuestion(far, ours), perQuestion(one, ours));
    report.addSamples("deadlines at 250 days vs 1 day", "ours at 1 day", flat, "ns");
    return sink;
  })();
}
