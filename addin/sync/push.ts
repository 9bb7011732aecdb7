/**
 * Push (提交修改 / 提交本单位数据): for 督办事项, 进展报送, the mechanism sheets (会议, 会议决定,
 * 议题, 联合调研, 专班, 专班工作记录) and the four registers (push-sheets.ts), read the sheet, send only the rows
 * changed since the pull (the snapshot comes from the workbook, so this works after reopening it), then
 * rewrite the sheet from the server so versions are current, keeping the rows the server refused or
 * found in conflict exactly as the user left them, marked, and every row where it was.
 */
import { chinaMinute } from "../../domain/calendar/china-today";
import { changedRows, markRefusals, removedRows, readTable, ROW_INDEX, SHEET_NAMES, writeConflicts, writeTable } from "../workbook";
import { layoutOf } from "../workbook/layouts";
import type { Refusal } from "../workbook/types";
import { inExcel, inExcelWriting, type Line, type SyncContext } from "./context";
import { comparable } from "../workbook/cells";
import { placeRows } from "./placement";
import { keepReason } from "./refusals";
import { pulledLists, pulledRows, rememberPulled, type Row } from "./snapshot";
import type { PushOutcome, SheetRow } from "./push-reports";
import { PUSH_ORDER, PUSH_SHEETS, type PushKey } from "./push-sheets";
import { isAbort } from "../api/client";
import { describeError } from "../shared/messages";

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
  const sheet = PUSH_SHEETS[key];
  const snapshot = await pulledRows(key);
  if (!snapshot) return sheet.always ? [{ text: `“${name}”尚未拉取，请先拉取再提交。`, tone: "warn" }] : [];
  ctx.progress(`读取“${name}”`, null);
  const current = await inExcel((context) => readTable(context, key));
  const typedOver = serverCellsTypedOver(key, current, snapshot);
  const changed: SheetRow[] = changedRows(current, snapshot, key).map((row) => ({ index: row[ROW_INDEX] as number, row }));
  const removed = sheet.sendsRemovals ? removedRows(current, snapshot, key).length : 0;
  if (!changed.length && !typedOver && !removed) return sheet.always ? [{ text: `“${name}”没有改动。`, tone: "info" }] : [];

  const outcome: PushOutcome =
    changed.length || removed ? await sheet.send(ctx, changed, snapshot, current) : { saved: 0, refusals: [], conflicts: [], keepLocal: [], unsent: 0 };
  const nothingHappened = outcome.saved === 0 && !outcome.removed && !outcome.refusals.length && !outcome.conflicts.length && !outcome.notes?.length;
  if (outcome.failure !== undefined && (nothingHappened || isAbort(outcome.failure))) {
    // Nothing stored (or the user cancelled): the pane says so; with rows stored, a cancel still reports them.
    if (outcome.saved === 0 && !outcome.removed) throw outcome.failure instanceof Error ? outcome.failure : new Error(String(outcome.failure));
    return describe(name, outcome, outcome.refusals, [`其余 ${outcome.unsent} 行已取消，未提交；表格未刷新，请重新拉取后继续。`]);
  }

  // From here on the server has what it has: nothing below may turn the outcome into a failure.
  const afterSave: string[] = [];
  try {
    ctx.progress(`刷新“${name}”`, null);
    const fresh = await sheet.fetch(ctx, [...snapshot, ...current]);
    const keep = new Set(outcome.keepLocal);
    // The rows that reached the server: an outage or a cancel leaves the last `unsent` of keepLocal unsent.
    const unsent = new Set(outcome.unsent ? outcome.keepLocal.slice(-outcome.unsent) : []);
    const sent = new Set(changed.map((c) => c.index).filter((i) => !unsent.has(i)));
    // Rows stay where they are (refusal marks keep their table index); a saved new row takes the place
    // of the row the user typed, the server's other new rows follow. A row not sent keeps its 校验意见.
    const rows = placeRows(key, current, fresh ?? snapshot, (row, server) => {
      if (keep.has(row[ROW_INDEX] as number)) return withoutIndex(row);
      if (blank(row[layoutOf(key).rowKey])) return "free";
      return server && !sent.has(row[ROW_INDEX] as number) ? keepReason(server, row) : (server ?? null);
    });
    const lists = await pulledLists();
    try {
      await inExcelWriting(async (context) => {
        await writeTable(context, key, rows, { lists, signal: ctx.signal, snapshot: fresh ?? snapshot, pulledAt: chinaMinute(new Date()) });
        // The push answers for the rows it sent (each still at its position): marks on other rows stay.
        await markRefusals(context, key, outcome.refusals, [...sent]);
        if (outcome.conflicts.length) await writeConflicts(context, key, outcome.conflicts);
      });
      rememberPulled(key, fresh ?? snapshot);
    } catch (err) {
      afterSave.push(`表格标注失败：${describeError(err)}已保存的内容不受影响，请重新拉取后查看。`);
    }
  } catch (err) {
    afterSave.push(`已保存的内容未能刷新到表格：${describeError(err)}请稍后重新拉取。`);
  }
  const lines = describe(name, outcome, outcome.refusals, afterSave);
  if (typedOver) lines.push({ text: `“${name}”：${typedOver} 个灰色单元格（由服务器维护）被改动过，已按服务器数据恢复；这些列请勿修改。`, tone: "warn" });
  return lines;
}

const withoutIndex = ({ [ROW_INDEX]: _drop, ...r }: Row): Row => r;

/**
 * Cells of the server's columns (grey) that differ from the snapshot on rows the server knows. The
 * sheets are not protected (so they sort), so such a cell can be typed over; the rewrite after the
 * push restores it, and the pane says so.
 */
export function serverCellsTypedOver(key: string, current: Row[], snapshot: Row[]): number {
  const layout = layoutOf(key);
  const keyColumn = layout.columns.find((c) => c.key === layout.rowKey)!;
  const owned = layout.columns.filter((c) => c.owner === "server" && c.key !== layout.rowKey);
  const before = new Map(snapshot.map((r) => [comparable(keyColumn, r[layout.rowKey]), r]));
  let n = 0;
  for (const row of current) {
    const old = before.get(comparable(keyColumn, row[layout.rowKey]));
    if (old) n += owned.filter((c) => comparable(c, row[c.key]) !== comparable(c, old[c.key])).length;
  }
  return n;
}

const KIND_LINES: Record<NonNullable<Refusal["kind"]>, (n: number) => string> = {
  invalid: (n) => `${n} 行被服务器退回，已标红并在“校验意见”列写明原因，改正后再次提交。`,
  refused: (n) => `${n} 行被服务器退回，已标红并在“校验意见”列写明原因。`,
  forbidden: (n) => `${n} 行没有权限提交（不属于本单位或本角色的职责），原因已写在“校验意见”列。`,
  settled: (n) => `${n} 行对应的事项已经办结，不能再修改，原因已写在“校验意见”列。`,
  reviewing: (n) => `${n} 行对应的事项已报办结，正等待办公室审核，审核前不能修改，原因已写在“校验意见”列。`,
  closed: (n) => `${n} 行所属年度的考评已关账，不能再修改，原因已写在“校验意见”列。`,
};

/** What the server stored first, then what it refused and why, then anything the workbook could not show. */
function describe(name: string, o: PushOutcome, refusals: Refusal[], afterSave: string[]): Line[] {
  const saved = `“${name}”：已保存 ${o.saved} 行${o.removed ? `，删除 ${o.removed} 行` : ""}`;
  const lines: Line[] = [{ text: afterSave.length ? `${saved}；${afterSave.join("；")}` : `${saved}。`, tone: afterSave.length ? "warn" : o.saved || o.removed ? "ok" : "info" }];
  for (const note of o.notes ?? []) lines.push({ ...note, text: `“${name}”：${note.text}` });
  const byKind = new Map<NonNullable<Refusal["kind"]>, Set<string | number>>();
  for (const r of refusals) byKind.set(r.kind ?? "invalid", (byKind.get(r.kind ?? "invalid") ?? new Set()).add(r.rowKey));
  for (const [kind, rows] of byKind) lines.push({ text: `“${name}”：${KIND_LINES[kind](rows.size)}`, tone: "error" });
  for (const r of refusals.slice(0, 5)) lines.push({ text: `  第 ${Number(r.rowKey) + 1} 条：${r.message}`, tone: "error" });
  if (o.conflicts.length) lines.push({ text: `“${name}”：${o.conflicts.length} 行已被他人修改，双方内容已并列写入“冲突”表，本表保留您的内容。`, tone: "warn" });
  if (o.unsent && !isAbort(o.failure)) {
    const why = o.failure === undefined ? "" : `（${describeError(o.failure)}）`;
    lines.push({ text: `“${name}”：${o.unsent} 行未能提交${why}，已保留，请再次提交。`, tone: "warn" });
  }
  return lines;
}

/** Every sheet in turn; a failure of a later one never hides what an earlier one stored. */
export async function push(ctx: SyncContext): Promise<Line[]> {
  const lines: Line[] = [];
  for (const key of PUSH_ORDER) {
    try {
      lines.push(...(await pushSheet(ctx, key)));
    } catch (err) {
      if (!lines.some((l) => /已保存 [1-9]/.test(l.text))) throw err;
      const what = isAbort(err) ? "已取消" : `失败：${describeError(err)}`;
      lines.push({ text: `“${SHEET_NAMES[key]}”提交${what}`, tone: isAbort(err) ? "warn" : "error" });
      break;
    }
  }
  return lines;
}
