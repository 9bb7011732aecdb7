/**
 * The office's work on the selected row (the pane's 当前行 panel): on a matter of 督办事项, decide its
 * pending extension requests, correct it (更正) or cancel it (撤销); on a unit of 成员单位 or 考评汇总,
 * record a 通报表扬 / 问责 / 一票否决. Every write names the version the sheet shows; afterwards the
 * sheet is refreshed from the server, and a refusal (403/409/422) is said in the panel and marked
 * on the row.
 */
import type { AssessmentEntryWire } from "../../schema/contracts/assessment";
import type { MatterWire } from "../../schema/contracts/matters";
import type { AdjustmentKind } from "../../schema/values";
import { ApiError } from "../api/client";
import * as endpoints from "../api/endpoints";
import { markRefusals, markUnitCell, selectedLine } from "../workbook";
import { inExcel, type SyncContext } from "./context";
import { refreshMatters } from "./review";
import { refreshSummary } from "./summary";

export type MatterRow = { kind: "matter"; matter: MatterWire; version: number; sheetVersion: number | null };
export type UnitRow = {
  kind: "unit";
  unit: string;
  sheet: "units" | "summary";
  at: string;
  year: number;
  entry: AssessmentEntryWire | null;
  /** Each kind with the points the year's scheme gives it (一票否决: none, it fails the unit). */
  rules: { kind: AdjustmentKind; points: number | null; cap: number | null }[];
};
export type CurrentRow = MatterRow | UnitRow | { kind: "none"; message: string };
/** What an action did, or why it was refused, for the panel. */
export type Outcome = { ok: boolean; text: string };

/** Reads the selected row and what the server has for it now. */
export async function readCurrentRow(ctx: SyncContext, year: number): Promise<CurrentRow> {
  const line = await inExcel((context) => selectedLine(context));
  if (!line.ok) return { kind: "none", message: line.message };
  if (line.kind === "matter") {
    const matter = await endpoints.matter(ctx.api, line.id, { signal: ctx.signal });
    return { kind: "matter", matter, version: line.version ?? matter.version, sheetVersion: line.version };
  }
  const assessment = await endpoints.assessment(ctx.api, year, { signal: ctx.signal });
  const rules = assessment.scheme.adjustments.map((r) => ({ kind: r.kind as AdjustmentKind, points: r.kind === "一票否决" ? null : r.points, cap: r.cap }));
  return { kind: "unit", unit: line.unit, sheet: line.sheet, at: line.at, year, entry: assessment.entries.find((e) => e.unit === line.unit) ?? null, rules };
}

/** The server's reasons of a refusal, in its own words. */
function reasons(err: ApiError): string {
  const stale = err.details.find((d) => d.code === "stale");
  if (stale) return `数据已被他人修改（${stale.message}），已按服务器刷新该行，请核对后重试`;
  const lines = [...new Set(err.details.map((d) => d.message))];
  return lines.length ? lines.join("；") : err.message;
}

const isRefusal = (err: unknown): err is ApiError => err instanceof ApiError && [403, 404, 409, 422].includes(err.status);

/**
 * Runs one write on a matter: then 督办事项 is refreshed (keeping unsubmitted edits, as a pull does).
 * The panel answers for its row only: a refusal is marked on the row's cell it names, a success clears
 * the row's earlier marks; other rows keep theirs. A 409 refreshes first so the row shows what the
 * server has now; other refusals leave the sheet as it is.
 */
async function onMatter(ctx: SyncContext, row: MatterRow, label: string, write: () => Promise<unknown>, done: string): Promise<Outcome> {
  const rows = [String(row.matter.id)];
  try {
    await write();
  } catch (err) {
    if (!isRefusal(err)) throw err;
    const why = reasons(err);
    const details = err.details.length ? err.details : [{ column: null, code: err.code, message: err.message }];
    const refusals = details.map((d) => ({ rowKey: String(row.matter.id), column: d.column ?? "id", message: d.code === "stale" ? why : `${label}：${d.message}` }));
    if (err.status === 409) await refreshMatters(ctx, { refusals, rows });
    else await inExcel((context) => markRefusals(context, "matters", refusals, rows));
    return { ok: false, text: `${label}未完成：${why}` };
  }
  await refreshMatters(ctx, { refusals: [], rows });
  return { ok: true, text: done };
}

export function decideExtension(ctx: SyncContext, row: MatterRow, ext: number, decision: "批准" | "驳回", note: string): Promise<Outcome> {
  const trimmed = note.trim();
  const body = { version: row.version, decision, ...(trimmed ? { note: trimmed } : {}) };
  const what = decision === "批准" ? "已批准延期，截止日期已顺延" : `已驳回延期申请（${trimmed}）`;
  return onMatter(ctx, row, `${decision}延期`, () => endpoints.decideExtension(ctx.api, row.matter.id, ext, body, { signal: ctx.signal }), `#${row.matter.id}「${row.matter.title}」${what}。`);
}

/** The correction form as typed: 协办单位 separated by 、 or commas; 时限 as typed (the server judges it). */
export type CorrectionForm = { title: string; sourceRef: string; lead: string; co: string; days: string; reason: string };

/** Only what differs from the matter now goes to the server; the server refuses an empty correction. */
export function correctionBody(m: MatterWire, form: CorrectionForm): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const title = form.title.trim();
  if (title !== m.title) body.title = title;
  const ref = form.sourceRef.trim();
  if (ref !== (m.sourceRef ?? "")) body.sourceRef = ref || null;
  const lead = form.lead.trim();
  if (lead !== m.lead) body.lead = lead;
  const co = form.co.split(/[、,，;；\s]+/).filter(Boolean);
  if (co.join("、") !== m.co.join("、")) body.co = co;
  const days = form.days.trim();
  if (days !== String(m.days)) body.days = /^\d+$/.test(days) ? Number(days) : days;
  return { ...body, reason: form.reason.trim() };
}

export function correctMatter(ctx: SyncContext, row: MatterRow, form: CorrectionForm): Promise<Outcome> {
  const body = { ...correctionBody(row.matter, form), version: row.version };
  return onMatter(ctx, row, "更正", () => endpoints.patchMatter(ctx.api, row.matter.id, body, { signal: ctx.signal }), `#${row.matter.id}「${row.matter.title}」已更正。`);
}

export function cancelMatter(ctx: SyncContext, row: MatterRow, reason: string): Promise<Outcome> {
  const body = { version: row.version, reason: reason.trim() };
  return onMatter(ctx, row, "撤销", () => endpoints.cancelMatter(ctx.api, row.matter.id, body, { signal: ctx.signal }), `#${row.matter.id}「${row.matter.title}」已撤销。`);
}

const scoreText = (e: AssessmentEntryWire | null | undefined) => (e?.score === null || e?.score === undefined ? "暂无得分" : `${e.score.toFixed(1)} 分`);

/**
 * Records an adjustment in the year of its date; then the unit's score is read again (and 考评汇总
 * rebuilt when the row was on it). A refusal is said and the unit's cell marked red.
 */
export async function recordAdjustment(ctx: SyncContext, row: UnitRow, form: { kind: AdjustmentKind; reason: string; date: string }): Promise<Outcome & { row: UnitRow }> {
  const date = form.date.trim();
  const year = /^\d{4}-/.test(date) ? Number(date.slice(0, 4)) : row.year;
  try {
    await endpoints.recordAdjustment(ctx.api, year, { unit: row.unit, kind: form.kind, reason: form.reason.trim(), date }, { signal: ctx.signal });
  } catch (err) {
    if (!isRefusal(err)) throw err;
    await inExcel((context) => markUnitCell(context, row.sheet, row.at, true));
    return { ok: false, text: `记录加减分未完成：${reasons(err)}`, row };
  }
  await inExcel((context) => markUnitCell(context, row.sheet, row.at, false));
  const assessment = await endpoints.assessment(ctx.api, year, { signal: ctx.signal });
  const entry = assessment.entries.find((e) => e.unit === row.unit) ?? null;
  const before = year === row.year ? `${scoreText(row.entry)} → ` : "";
  // The rebuilt sheet may place the unit on another row; the panel keeps the unit it recorded for.
  if (row.sheet === "summary") await refreshSummary({ ...ctx, year });
  const rebuilt = row.sheet === "summary" ? "“考评汇总”已刷新。" : "";
  const text = `已记录：${row.unit} ${form.kind}（${date}）。${year} 年得分：${before}${scoreText(entry)}。${rebuilt}`;
  return { ok: true, text, row: year === row.year ? { ...row, entry } : row };
}
