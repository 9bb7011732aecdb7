/**
 * 会议决定转督办 (the office): the selected rows of 会议决定 become matters, one call per meeting
 * (POST /api/v1/meetings/:id/matters, handed over today); then 督办事项 is refreshed from the
 * server, keeping unsubmitted edits as a pull does, and 会议决定 shows each decision's matter.
 */
import { chinaMinute, chinaToday } from "../../domain/calendar/china-today";
import * as endpoints from "../api/endpoints";
import { ApiError } from "../api/client";
import { readTable, selectedDecisions, SHEET_NAMES, writeConflicts, writeTable, type SelectedDecision } from "../workbook";
import { inExcel, inExcelWriting, type Line, type SyncContext } from "./context";
import { decisionRows } from "./meetings-shape";
import { refreshMatters } from "./review";
import { mergePulled } from "./pull-merge";
import { pulledLists, pulledRows, rememberPulled } from "./snapshot";

export async function turnSelectedDecisions(ctx: SyncContext): Promise<Line[]> {
  const picked = await inExcel((context) => selectedDecisions(context));
  if (!picked.ok) return [{ text: picked.message, tone: "warn" }];
  const lines: Line[] = [];
  const already = picked.rows.filter((r) => r.matter !== null);
  for (const r of already) lines.push({ text: `${r.ref}已转为督办事项 #${r.matter}，未重复转办。`, tone: "info" });
  const byMeeting = new Map<number, SelectedDecision[]>();
  for (const r of picked.rows.filter((x) => x.matter === null)) byMeeting.set(r.meeting, [...(byMeeting.get(r.meeting) ?? []), r]);
  if (!byMeeting.size) return lines.length ? lines : [{ text: "选中的行中没有可转办的决定。", tone: "warn" }];

  const assigned = ctx.today ?? chinaToday(new Date());
  let made = 0;
  for (const [meeting, rows] of byMeeting) {
    ctx.signal.throwIfAborted();
    ctx.progress(`正在转办第 ${meeting} 号会议的决定……`, null);
    try {
      const r = await endpoints.turnDecisions(ctx.api, meeting, { decisions: rows.map((x) => x.no), assigned }, { signal: ctx.signal });
      for (const m of r.matters) lines.push({ text: `${rows.find((x) => x.no === m.decision)!.ref}已转为督办事项 #${m.matter}`, tone: "ok" });
      made += r.matters.length;
    } catch (err) {
      if (!(err instanceof ApiError) || (err.status !== 409 && err.status !== 422)) throw err;
      const why = err.details.map((d) => d.message).join("；") || err.message;
      lines.push({ text: `第 ${meeting} 号会议的决定未转办：${err.message}（${why}）`, tone: "warn" });
    }
  }
  lines.unshift({ text: `会议决定转督办：新建督办事项 ${made} 件。`, tone: made ? "ok" : "info" });
  if (made) lines.push(...(await refreshMatters(ctx)), ...(await refreshDecisions(ctx)));
  return lines;
}

/**
 * Rewrites 会议决定 from the server, so each decision shows its new matter and that matter's state;
 * minutes typed and not yet submitted are kept, as a pull keeps them (pull-merge.ts).
 */
async function refreshDecisions(ctx: SyncContext): Promise<Line[]> {
  const fresh = decisionRows(await endpoints.meetings(ctx.api, { signal: ctx.signal }));
  const [snapshot, lists] = await Promise.all([pulledRows("decisions"), pulledLists()]);
  const current = await inExcel((context) => readTable(context, "decisions"));
  const merged = mergePulled("decisions", fresh, current, snapshot);
  await inExcelWriting(async (context) => {
    await writeTable(context, "decisions", merged.rows, { lists, signal: ctx.signal, snapshot: merged.snapshot, pulledAt: chinaMinute(new Date()) });
    if (merged.conflicts.length) await writeConflicts(context, "decisions", merged.conflicts);
  });
  rememberPulled("decisions", merged.snapshot);
  return [{ text: `“${SHEET_NAMES.decisions}”已按服务器刷新。`, tone: "info" }];
}
