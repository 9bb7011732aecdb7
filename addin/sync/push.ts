/**
 * Push (提交修改 / 提交本单位数据): for 督办事项 and 进展报送, read the sheet, send only the rows
 * changed since the pull, then rewrite the sheet from the server so versions are current, keeping
 * the rows the server refused or found in conflict exactly as the user left them, marked.
 */
import * as endpoints from "../api/endpoints";
import { changedRows, markRefusals, readTable, ROW_INDEX, SHEET_NAMES, writeConflicts, writeTable } from "../workbook";
import { layoutOf } from "../workbook/layouts";
import type { Refusal } from "../workbook/types";
import { inExcel, type Line, type SyncContext } from "./context";
import { pulledLists, pulledRows, rememberPulled, type Row } from "./snapshot";
import { pushMatters } from "./push-matters";
import { pushReports, type PushOutcome, type SheetRow } from "./push-reports";
import { optional } from "./pull";

type PushKey = "matters" | "reports";

const blank = (v: unknown) => v === null || v === undefined || v === "";

/**
 * The sheet after a push: the server's rows, with each kept row (refused, in conflict, unsent) in
 * place of its server row or appended when new. Returns the rows and where each kept row went.
 */
export function mergeKept(fresh: Row[], current: Row[], keep: Set<number>, rowKey: string) {
  const kept = current.filter((r) => keep.has(r[ROW_INDEX] as number));
  const keptByKey = new Map(kept.filter((r) => !blank(r[rowKey])).map((r) => [String(r[rowKey]), r]));
  const freshKeys = new Set(fresh.map((r) => String(r[rowKey])));
  const rows = [
    ...fresh.map((f) => keptByKey.get(String(f[rowKey])) ?? f),
    ...kept.filter((r) => blank(r[rowKey]) || !freshKeys.has(String(r[rowKey]))),
  ];
  const moved = new Map<number, number>();
  rows.forEach((r, i) => {
    if (keep.has(r[ROW_INDEX] as number) && kept.includes(r)) moved.set(r[ROW_INDEX] as number, i);
  });
  return { rows: rows.map(({ [ROW_INDEX]: _drop, ...r }) => r), moved };
}

async function pushSheet(ctx: SyncContext, key: PushKey): Promise<Line[]> {
  const name = SHEET_NAMES[key];
  const snapshot = pulledRows(key);
  if (!snapshot) return [{ text: `“${name}”尚未拉取，请先拉取再提交。`, tone: "warn" }];
  ctx.progress(`读取“${name}”`, null);
  const current = await inExcel((context) => readTable(context, key));
  const changed: SheetRow[] = changedRows(current, snapshot, key).map((row) => ({ index: row[ROW_INDEX] as number, row }));
  if (!changed.length) return [{ text: `“${name}”没有改动。`, tone: "info" }];

  const outcome: PushOutcome = key === "reports" ? await pushReports(ctx, changed) : await pushMatters(ctx, changed, snapshot);
  ctx.progress(`刷新“${name}”`, null);
  const fresh = key === "reports" ? await endpoints.reports(ctx.api, { signal: ctx.signal }) : await optional(endpoints.matters(ctx.api, { signal: ctx.signal }));
  const { rows, moved } = mergeKept(fresh ?? snapshot, current, new Set(outcome.keepLocal), layoutOf(key).rowKey);
  const refusals: Refusal[] = outcome.refusals.map((r) => ({ ...r, rowKey: moved.get(r.rowKey as number) ?? r.rowKey }));
  await inExcel(async (context) => {
    await writeTable(context, key, rows, { lists: pulledLists(), signal: ctx.signal });
    await markRefusals(context, key, refusals);
    if (outcome.conflicts.length) await writeConflicts(context, key, outcome.conflicts);
  });
  if (fresh) rememberPulled(key, fresh);
  return describe(name, outcome, refusals);
}

function describe(name: string, o: PushOutcome, refusals: Refusal[]): Line[] {
  const lines: Line[] = [{ text: `“${name}”：已保存 ${o.saved} 行。`, tone: o.saved ? "ok" : "info" }];
  const refusedRows = new Set(refusals.map((r) => r.rowKey)).size;
  if (refusedRows) lines.push({ text: `“${name}”：${refusedRows} 行被服务器退回，已在单元格上标红并附原因，改正后再次提交。`, tone: "error" });
  for (const r of refusals.slice(0, 5)) lines.push({ text: `  第 ${Number(r.rowKey) + 1} 条：${r.message}`, tone: "error" });
  if (o.conflicts.length) lines.push({ text: `“${name}”：${o.conflicts.length} 行已被他人修改，双方内容已并列写入“冲突”表，本表保留您的内容。`, tone: "warn" });
  if (o.unsent) lines.push({ text: `“${name}”：${o.unsent} 行未能提交，已保留，请再次提交。`, tone: "warn" });
  return lines;
}

export async function push(ctx: SyncContext): Promise<Line[]> {
  const lines: Line[] = [];
  for (const key of ["matters", "reports"] as const) lines.push(...(await pushSheet(ctx, key)));
  return lines;
}
