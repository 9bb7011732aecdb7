/**
 * Pull: fetch what the caller may see, then write each sheet's table in one Excel.run.
 * Office staff get the whole ledger; a unit gets the tasks it answers for and its own matters
 * and reports (the worker already filters those by token). Nothing typed is lost: rows changed
 * since the last pull and not submitted are counted first, and the user chooses to submit them
 * first, to keep them (merged with the server's rows, see pull-merge.ts) or to cancel.
 */
import { chinaMinute, chinaToday } from "../../domain/calendar/china-today";
import { REGISTER_SNAPSHOT_KEYS } from "../workbook/snapshot-store";
import { isSnapshotKey, readTable, SHEET_NAMES, SheetProtectedError, writeConflicts, writeTable } from "../workbook";
import type { SheetKey, ValidationLists } from "../workbook/types";
import { ask, inExcel, inExcelWriting, steps, type Line, type SyncContext } from "./context";
import { pulledRows, rememberLists, rememberPulled, type Row } from "./snapshot";
import { calendarNote, calendarWarning, isDaySnapshot } from "./calendar-shape";
import { setCalendarYears } from "../shared/state";
import { mergePulled, unsubmitted, type Merged } from "./pull-merge";
import { push } from "./push";
import { optional } from "./optional";
import { downloadAll } from "./pull-sources";
import { PULL_SHEETS, pullLists, type Pulling } from "./pull-sheets";

export { optional };


/** The sheet a pull ends on. */
const LANDING_SHEET: SheetKey = "matters";

export type Fetched = { key: SheetKey; rows: Row[] | null; sheetRows?: Row[] };

/** Downloads what the caller may see and shapes each sheet; `rows` is what push compares against. */
async function fetchAll(ctx: SyncContext, scope: "all" | "own", report: (text: string, f?: number) => void) {
  const d = await downloadAll(ctx.api, ctx.signal, report);
  const today = chinaToday(new Date());
  const pulling: Pulling = { d, scope, unit: ctx.me.unit ?? null, today };
  const sheets: Fetched[] = PULL_SHEETS.filter((s) => scope === "all" || !s.officeOnly).map((s) => ({ key: s.key, rows: s.rows(pulling) }));
  const years = d.years;
  return { sheets, lists: pullLists(pulling), years, calendarNote: calendarNote(years ?? [], today), calendarWarning: years && scope === "all" ? calendarWarning(years, today) : null };
}

type Local = { key: SheetKey; current: Row[]; snapshot: Row[] | undefined; pending: number };

/** The editable sheets as they are now, with their snapshots and the count of unsubmitted rows. */
async function readLocal(keys: SheetKey[]): Promise<Local[]> {
  const out: Local[] = [];
  for (const key of keys.filter(isSnapshotKey)) {
    const snapshot = await pulledRows(key);
    // A 节假日 kept one row per day by an earlier add-in: nothing typed can be told apart, the pull rewrites it.
    if (key === "calendar" && snapshot && isDaySnapshot(snapshot)) continue;
    const current = await inExcel((context) => readTable(context, key));
    out.push({ key, current, snapshot, pending: unsubmitted(key, current, snapshot).length });
  }
  return out;
}

export async function pull(ctx: SyncContext, scope: "all" | "own"): Promise<Line[]> {
  const [download, write] = steps(ctx, [1, 3]) as [ReturnType<typeof steps>[number], ReturnType<typeof steps>[number]];
  download("正在检查未提交的修改……", 0);
  const mechanisms: SheetKey[] = ["meetings", "decisions", "topics", "research", "taskforces", "taskforceLog"];
  const ledger: SheetKey[] = scope === "all" ? ["matters", "reports", "calendar"] : ["matters", "reports"];
  const keys: SheetKey[] = [...ledger, ...mechanisms, ...REGISTER_SNAPSHOT_KEYS];
  let local = await readLocal(keys);
  const lines: Line[] = [];
  const pending = local.filter((l) => l.pending > 0);
  if (pending.length) {
    const total = pending.reduce((n, l) => n + l.pending, 0);
    const where = pending.map((l) => `“${SHEET_NAMES[l.key]}”${l.pending} 行`).join("、");
    const choice = await ask(ctx, `工作簿中有 ${total} 行修改尚未提交（${where}）。拉取前如何处理？`, [
      { id: "merge", label: "保留修改并合并" },
      { id: "submit", label: "先提交再拉取" },
      { id: "cancel", label: "取消拉取" },
    ]);
    if (choice === "cancel") return [{ text: `已取消拉取，工作簿没有改动（${total} 行未提交的修改仍在表中）。`, tone: "info" }];
    if (choice === "submit") {
      lines.push(...(await push(ctx)));
      local = await readLocal(keys);
    }
  }
  download("正在下载……", 0);
  const { sheets, lists, years, calendarNote, calendarWarning } = await fetchAll(ctx, scope, (t, f) => download(t, f));
  if (years) setCalendarYears(years);
  lines.push(...(await writeAll(ctx, sheets, local, lists, write, calendarNote)));
  // The office keeps the calendar: when a year it needs is missing, the log says so, not only the sheet.
  if (calendarWarning) lines.push({ text: `“节假日”：${calendarWarning}`, tone: "warn" });
  return lines;
}

async function writeAll(ctx: SyncContext, sheets: Fetched[], local: Local[], lists: ValidationLists, write: (t: string, f?: number) => void, note: string): Promise<Line[]> {
  const present = sheets.filter((s): s is Fetched & { rows: Row[] } => s.rows !== null);
  const totalRows = present.reduce((n, s) => n + s.rows.length, 0) || 1;
  const lines: Line[] = [];
  let written = 0;
  const pulledAt = chinaMinute(new Date());
  let conflicted = false;
  await inExcelWriting(async (context) => {
    for (const sheet of present) {
      ctx.signal.throwIfAborted();
      const mine = local.find((l) => l.key === sheet.key);
      const merged: Merged = mine ? mergePulled(sheet.key, sheet.rows, mine.current, mine.snapshot) : { rows: sheet.rows, snapshot: sheet.rows, conflicts: [], kept: 0 };
      try {
        await writeTable(context, sheet.key, merged.rows, {
          lists,
          signal: ctx.signal,
          pulledAt,
          note: sheet.key === "calendar" ? note : undefined,
          snapshot: isSnapshotKey(sheet.key) ? merged.snapshot : undefined,
          onProgress: (done) => write(`正在写入“${SHEET_NAMES[sheet.key]}”`, (written + done) / totalRows),
        });
      } catch (err) {
        if (!(err instanceof SheetProtectedError)) throw err;
        lines.push({ text: err.message, tone: "warn" });
        continue;
      }
      written += sheet.rows.length;
      rememberPulled(sheet.key, merged.snapshot);
      lines.push({ text: `“${SHEET_NAMES[sheet.key]}”：${sheet.rows.length} 行`, tone: "info" });
      if (merged.kept) lines.push({ text: `“${SHEET_NAMES[sheet.key]}”：保留了 ${merged.kept} 行未提交的修改，提交后生效。`, tone: "info" });
      if (merged.conflicts.length) {
        await writeConflicts(context, sheet.key, merged.conflicts);
        conflicted = true;
        lines.push({ text: `“${SHEET_NAMES[sheet.key]}”：${merged.conflicts.length} 行您改过、服务器上也已被他人修改，双方内容已并列写入“冲突”表；本表保留您的内容。`, tone: "warn" });
      }
    }
    // The pull ends where the work is: 督办事项 (the office's supervision, a unit's own matters),
    // unless a conflict sheet was opened, which the user must see first.
    if (!conflicted && present.some((s) => s.key === LANDING_SHEET)) {
      context.workbook.worksheets.getItem(SHEET_NAMES[LANDING_SHEET]).activate();
      await context.sync();
    }
  });
  rememberLists(lists);
  for (const s of sheets.filter((x) => x.rows === null)) lines.push({ text: `“${SHEET_NAMES[s.key]}”：服务器尚未提供此数据，已跳过`, tone: "warn" });
  lines.unshift({ text: `拉取完成，共写入 ${written} 行。`, tone: "ok" });
  return lines;
}
