// Timing and reporting for `npm run bench`: interleaved rounds (A B A B …), medians, the one line
// per scenario, and the JSON a later run can be compared with.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface Result {
  scenario: string;
  ours: number;
  baseline: string;
  floor: number;
  unit: string;
  ratio: number;
  rounds: number;
  samples?: { ours: number[]; floor: number[] };
  note?: string;
}

export const median = (xs: readonly number[]) => percentile(xs, 50);

export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** Milliseconds one call takes. */
export async function timed(fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/**
 * Runs ours and the floor alternately, `rounds` times each after one untimed warm-up of both;
 * `between` (untimed) runs after every call, e.g. to remove what a write left.
 */
export async function interleave(
  rounds: number,
  ours: () => Promise<number>,
  floor: () => Promise<number>,
  between: () => Promise<unknown> = async () => {},
): Promise<{ ours: number[]; floor: number[] }> {
  const out = await interleaveFloors(rounds, ours, [floor], between);
  return { ours: out.ours, floor: out.floors[0]! };
}

/**
 * The same with several floors against one set of ours (ours, floor 1, floor 2, ours …), so that
 * every line about one scenario shares the same samples of ours.
 */
export async function interleaveFloors(
  rounds: number,
  ours: () => Promise<number>,
  floors: readonly (() => Promise<number>)[],
  between: () => Promise<unknown> = async () => {},
): Promise<{ ours: number[]; floors: number[][] }> {
  for (const warmUp of [ours, ...floors]) {
    await warmUp();
    await between();
  }
  const out = { ours: [] as number[], floors: floors.map(() => [] as number[]) };
  for (let r = 0; r < rounds; r++) {
    out.ours.push(await ours());
    await between();
    for (const [i, floor] of floors.entries()) {
      out.floors[i]!.push(await floor());
      await between();
    }
  }
  return out;
}

const fmt = (v: number, unit: string) => {
  if (unit === "ms") return `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ms`;
  if (unit === "ns") return `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ns`;
  return `${Number.isInteger(v) ? v : v.toFixed(2)} ${unit}`;
};

export class Report {
  readonly results: Result[] = [];
  add(r: Omit<Result, "ratio"> & { ratio?: number }): Result {
    const full: Result = { ...r, ratio: r.ratio ?? r.ours / r.floor };
    this.results.push(full);
    console.log(`${full.scenario}: ours ${fmt(full.ours, full.unit)} vs ${full.baseline} ${fmt(full.floor, full.unit)} = ${full.ratio < 0.1 ? full.ratio.toPrecision(2) : full.ratio.toFixed(2)}x (${full.rounds} rounds)${full.note ? `  [${full.note}]` : ""}`);
    return full;
  }
  /** Adds the medians of interleaved samples. */
  addSamples(scenario: string, baseline: string, s: { ours: number[]; floor: number[] }, unit = "ms", note?: string): Result {
    return this.add({ scenario, baseline, ours: median(s.ours), floor: median(s.floor), unit, rounds: s.ours.length, samples: s, note });
  }
  write(root: string, meta: Record<string, unknown>): string {
    const dir = path.join(root, "bench/results");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
    writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), machine, ...meta, results: this.results }, null, 2)}\n`);
    return file;
  }
}
