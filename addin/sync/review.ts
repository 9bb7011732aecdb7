/**
 * 审核办结 (the office): the settlements waiting for review, one at a time in the pane, each passed
 * (通过, the matter closes with the unit's date) or sent back (退回, with a reason) through
 * POST /api/v1/matters/:id/review; then 督办事项 is refreshed from the server, keeping what was typed
 * and not yet submitted (as a pull does).
 */
import { chinaMinute } from "../../domain/calendar/china-today";
import type { MatterWire } from "../../schema/contracts/matters";
import type { ReviewDecision } from "../../schema/values";
import * as endpoints from "../api/endpoints";
import { ApiError } from "../api/client";
import { markRefusals, readTable, SHEET_NAMES, writeConflicts, writeTable, type MarkedRows } from "../workbook";
import type { Refusal } from "../workbook/types";
import { inExcel, inExcelWriting, type Line, type SyncContext } from "./context";
import { mergePulled } from "./pull-merge";
import { pulledLists, pulledRows, rememberPulled } from "./snapshot";
import { matterRows } from "./ledger-shape";
import { keepReason } from "./refusals";

/** One settlement shown for review: the matter, where it is in the list, and the server's refusal of the last try. */
export type ReviewPrompt = { matter: MatterWire; position: string; error?: string };
/** The office's answer: a decision with its note, skip this one, or stop reviewing. */
export type ReviewAnswer = { decision: ReviewDecision; note: string } | "skip" | "stop";

type Tally = { passed: number; returned: number; skipped: number; lines: Line[] };

export async function reviewSettlements(ctx: SyncContext): Promise<Line[]> {
  ctx.progress("正在下载待审核的办结事项……", null);
  const pending = await endpoints.mattersAwaitingReview(ctx.api, { signal: ctx.signal });
  if (!pending.length) return [{ text: "没有待审核的办结事项。", tone: "info" }];
  if (!ctx.review) return [{ text: `有 ${pending.length} 件办结事项待审核，请在任务窗格中审核。`, tone: "warn" }];
  const tally: Tally = { passed: 0, returned: 0, skipped: 0, lines: [] };
  for (const [i, matter] of pending.entries()) {
    ctx.progress(`审核 ${i + 1}/${pending.length}`, i / pending.length);
    if ((await reviewOne(ctx, matter, `${i + 1}/${pending.length}`, tally)) === "stop") break;
  }
  const { passed, returned, skipped, lines } = tally;
  const skippedText = skipped ? `，跳过 ${skipped} 件` : "";
  lines.unshift({ text: `审核完成：通过 ${passed} 件，退回 ${returned} 件${skippedText}。`, tone: passed + returned ? "ok" : "info" });
  if (passed + returned) lines.push(...(await refreshMatters(ctx)));
  return lines;
}

/** Asks about one matter until it is decided, skipped or the review stops; a 422 (no reason) asks again with the server's words. */
async function reviewOne(ctx: SyncContext, matter: MatterWire, position: string, tally: Tally): Promise<"next" | "stop"> {
  let error: string | undefined;
  for (;;) {
    ctx.signal.throwIfAborted();
    const answer = await ctx.review!({ matter, position, error });
    if (answer === "stop") return "stop";
    if (answer === "skip") {
      tally.skipped++;
      return "next";
    }
    const note = answer.note.trim();
    try {
      await endpoints.reviewMatter(ctx.api, matter.id, { version: matter.version, decision: answer.decision, ...(note ? { note } : {}) }, { signal: ctx.signal });
    } catch (err) {
      if (!(err instanceof ApiError) || (err.status !== 422 && err.status !== 409)) throw err;
      const why = err.details[0]?.message ?? err.message;
      if (err.status === 422) {
        error = why;
        continue;
      }
      tally.lines.push({ text: `#${matter.id}「${matter.title}」未审核：${why}`, tone: "warn" });
      return "next";
    }
    if (answer.decision === "通过") tally.passed++;
    else tally.returned++;
    const what = answer.decision === "通过" ? "已通过，事项办结" : `已退回重办（${note}）`;
    tally.lines.push({ text: `#${matter.id}「${matter.title}」${what}`, tone: "ok" });
    return "next";
  }
}

/**
 * Rewrites 督办事项 from the server, keeping unsubmitted edits as a pull does, and the reasons in 校验意见
 * of rows other than `marks.rows` (the rows the caller acted on, whose marks become `marks.refusals`).
 */
export async function refreshMatters(ctx: SyncContext, marks: { refusals: Refusal[]; rows: MarkedRows } = { refusals: [], rows: [] }): Promise<Line[]> {
  const name = SHEET_NAMES.matters;
  ctx.progress(`刷新“${name}”`, null);
  const fresh = matterRows(await endpoints.matters(ctx.api, { signal: ctx.signal }));
  const [snapshot, lists] = await Promise.all([pulledRows("matters"), pulledLists()]);
  const current = await inExcel((context) => readTable(context, "matters"));
  const merged = mergePulled("matters", fresh, current, snapshot);
  const onSheet = new Map(current.map((r) => [idOf(r), r]));
  const rows = merged.rows.map((r) => (r && idOf(r) !== "" ? keepReason(r, onSheet.get(idOf(r))) : r));
  await inExcelWriting(async (context) => {
    await writeTable(context, "matters", rows, { lists, signal: ctx.signal, snapshot: merged.snapshot, pulledAt: chinaMinute(new Date()) });
    await markRefusals(context, "matters", marks.refusals, marks.rows);
    if (merged.conflicts.length) await writeConflicts(context, "matters", merged.conflicts);
  });
  rememberPulled("matters", merged.snapshot);
  return [{ text: `“${name}”已按服务器刷新。`, tone: "info" }];
}

const idOf = (r: Record<string, unknown>) => (typeof r.id === "number" || typeof r.id === "string" ? String(r.id) : "");
