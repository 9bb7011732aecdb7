/**
 * The office's 当前行 panel: UI events only. Reads the selected row (a matter, or a unit), offers what
 * the office may do on it (批准 / 驳回 an extension, 更正, 撤销; 记录加减分), and shows the draft 通报
 * of the chosen year. Units and leaders never see it. The work is in addin/sync/row-work.ts.
 */
import type { ApiClient } from "../api/client";
import type { MeWire } from "../../schema/contracts/me";
import type { AdjustmentKind } from "../../schema/values";
import { chinaToday } from "../../domain/calendar/china-today";
import * as endpoints from "../api/endpoints";
import { describeError } from "../shared/messages";
import type { SyncContext } from "../sync/context";
import * as work from "../sync/row-work";
import * as rowView from "./row-view";
import { chosenYear } from "./view";

let session: { api: ApiClient; me: MeWire } | null = null;
let current: work.CurrentRow | null = null;
let running = false;

const today = () => chinaToday(new Date());
const year = () => chosenYear() ?? Number(today().slice(0, 4));

function context(): SyncContext | null {
  if (!session) return null;
  return { ...session, signal: new AbortController().signal, progress: (text) => rowView.status(`${text}……`) };
}

/** Shows the panel for the office only; anyone else (or nobody signed in) gets none of it. */
export function showRowPanel(api: ApiClient | null, me: MeWire | null) {
  session = api && me?.role === "office" ? { api, me } : null;
  current = null;
  rowView.showPanel(session !== null);
  rowView.hideRow();
}

/** Runs one step with the panel's buttons off; a failure that is no refusal is said in the panel. */
async function step(fn: (ctx: SyncContext) => Promise<void>) {
  const ctx = context();
  if (!ctx || running) return;
  const asked = session;
  running = true;
  rowView.busy(true);
  try {
    await fn(ctx);
  } catch (err) {
    if (session === asked) rowView.status(`操作失败：${describeError(err)}`, "error");
  } finally {
    running = false;
    rowView.busy(false);
  }
}

/** Reads the selected row again and draws it; `said` stays shown above it (the outcome of the last step). */
async function draw(ctx: SyncContext, said?: work.Outcome) {
  const asked = session;
  const row = await work.readCurrentRow(ctx, year());
  if (session !== asked) return;
  current = row;
  if (row.kind === "none") {
    rowView.hideRow();
    rowView.status(said ? `${said.text}\n${row.message}` : row.message, said && !said.ok ? "error" : "info");
    return;
  }
  const keep = said !== undefined && !said.ok;
  if (row.kind === "matter") rowView.drawMatter(row, (ext, decision, note) => void decide(ext, decision, note), keep);
  else rowView.drawUnit(row, today(), keep);
  if (said) rowView.status(said.text, said.ok ? "ok" : "error");
  else rowView.status(row.kind === "matter" ? "已读取选中的事项。" : "已读取选中的单位。");
}

const readRow = () => step((ctx) => draw(ctx));

/** After a step, the row as it is now (the sheet was refreshed), with the step's outcome above it. */
const after = async (ctx: SyncContext, outcome: work.Outcome) => draw(ctx, outcome);

function decide(ext: number, decision: "批准" | "驳回", note: string) {
  return step(async (ctx) => {
    if (current?.kind !== "matter") return;
    await after(ctx, await work.decideExtension(ctx, current, ext, decision, note));
  });
}

function correct() {
  return step(async (ctx) => {
    if (current?.kind !== "matter") return;
    const form = {
      title: rowView.valueOf("correct-title"),
      sourceRef: rowView.valueOf("correct-source-ref"),
      lead: rowView.valueOf("correct-lead"),
      co: rowView.valueOf("correct-co"),
      days: rowView.valueOf("correct-days"),
      reason: rowView.valueOf("correct-reason"),
    };
    await after(ctx, await work.correctMatter(ctx, current, form));
  });
}

function cancel() {
  return step(async (ctx) => {
    if (current?.kind !== "matter") return;
    await after(ctx, await work.cancelMatter(ctx, current, rowView.valueOf("cancel-reason")));
  });
}

function adjust() {
  return step(async (ctx) => {
    if (current?.kind !== "unit") return;
    const form = { kind: rowView.valueOf("adjust-kind") as AdjustmentKind, reason: rowView.valueOf("adjust-reason"), date: rowView.valueOf("adjust-date") };
    const asked = session;
    const outcome = await work.recordAdjustment(ctx, current, form);
    if (session !== asked) return;
    // Not read from the selection again: a rebuilt 考评汇总 may place the unit on another row.
    current = outcome.row;
    rowView.drawUnit(outcome.row, today(), !outcome.ok);
    rowView.status(outcome.text, outcome.ok ? "ok" : "error");
  });
}

function showNotice() {
  return step(async (ctx) => {
    const asked = session;
    const draft = await endpoints.notice(ctx.api, year(), { signal: ctx.signal });
    if (session !== asked) return;
    rowView.drawNotice(draft.title, draft.text);
    rowView.status(`已生成 ${draft.year} 年度通报草稿（只读），可复制后修改定稿。`);
  });
}

/** Wires the panel's controls once, when the pane starts. */
export function wireRowPanel() {
  const on = (id: string, event: string, fn: () => unknown) =>
    document.getElementById(id)?.addEventListener(event, (e) => {
      if (event === "submit") e.preventDefault();
      void fn();
    });
  on("row-read", "click", readRow);
  on("row-correct", "submit", correct);
  on("row-cancel", "click", cancel);
  on("row-adjust", "submit", adjust);
  on("adjust-kind", "change", rowView.showPoints);
  on("notice-button", "click", showNotice);
  on("notice-copy", "click", async () => {
    if (await rowView.copyNotice()) rowView.status("通报草稿已复制到剪贴板。", "ok");
  });
}
