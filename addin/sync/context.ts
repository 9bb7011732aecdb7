/** What every task-pane action gets, and what it reports back. */
import type { MeWire } from "../../schema/contracts/me";
import { chinaToday } from "../../domain/calendar/china-today";
import type { ApiClient } from "../api/client";
import { withCalculationSuspended } from "../workbook/calculation";
import type { ReviewAnswer, ReviewPrompt } from "./review";

export type SyncContext = {
  api: ApiClient;
  me: MeWire;
  signal: AbortSignal;
  /** Progress for the pane: a Chinese phrase and a fraction 0–1 (null: unknown). */
  progress: (text: string, fraction: number | null) => void;
  /** "Today" in China as `YYYY-MM-DD`; passed in so the year of the summary is explicit. */
  today?: string;
  /** The year the user chose for the summary (the pane's 考评年度); by default the year of `today`. */
  year?: number;
  /**
   * Asks the user to choose (the pane shows the question with one button per choice) and resolves
   * with the chosen id. Without it (a caller with no pane) the first choice is taken.
   */
  ask?: (question: string, choices: Choice[]) => Promise<string>;
  /** Shows one settlement for review (通过 / 退回 with a reason / skip / stop); only the pane has it. */
  review?: (prompt: ReviewPrompt) => Promise<ReviewAnswer>;
};

export type Choice = { id: string; label: string };

/** One line of the outcome shown in the pane's log. */
export type Line = { text: string; tone: "info" | "ok" | "warn" | "error" };

export const yearOf = (ctx: SyncContext) => ctx.year ?? Number((ctx.today ?? chinaToday(new Date())).slice(0, 4));

/** Runs workbook code inside Excel.run, which both real Excel and the test's mock provide. */
export function inExcel<T>(fn: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(fn);
}

/** Excel.run with calculation manual for the whole run and put back at its end (one operation's writes). */
export function inExcelWriting<T>(fn: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run((context) => withCalculationSuspended(context, () => fn(context)));
}

export const ask = (ctx: SyncContext, question: string, choices: Choice[]): Promise<string> =>
  ctx.ask ? ctx.ask(question, choices) : Promise.resolve(choices[0]!.id);

/** Splits a whole into weighted steps so that each step reports its own 0–1 progress. */
export function steps(ctx: SyncContext, weights: number[]) {
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  let base = 0;
  return weights.map((w) => {
    const start = base;
    base += w;
    return (text: string, fraction = 1) => ctx.progress(text, (start + w * Math.min(1, Math.max(0, fraction))) / total);
  });
}
