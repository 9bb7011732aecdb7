/**
 * Pull: fetch what the caller may see, then write each sheet's table in one Excel.run.
 * Office staff get the whole ledger; a unit gets the tasks it answers for and its own matters
 * and reports (the worker already filters those by token).
 */
import { ApiError } from "../api/client";
import * as endpoints from "../api/endpoints";
import { SHEET_NAMES, writeTable } from "../workbook";
import type { SheetKey, ValidationLists } from "../workbook/types";
import { inExcel, steps, type Line, type SyncContext } from "./context";
import { rememberLists, rememberPulled, type Row } from "./snapshot";
import { calendarRows, taskRows, tasksOfUnit, validationLists } from "./shape";
import { setCalendarYears } from "../shared/state";

/** A resource this worker does not serve yet (an older deployment) is skipped, not fatal. */
export async function optional<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (err) {
    if (err instanceof ApiError && err.status === 404 && err.code === "not_found" && err.message.startsWith("没有这个接口")) return null;
    throw err;
  }
}

export type Fetched = { key: SheetKey; rows: Row[] | null; sheetRows?: Row[] };

/** Fetches the sheets of a pull in parallel; `rows` is what push compares against, `sheetRows` what the sheet shows. */
async function fetchAll(ctx: SyncContext, scope: "all" | "own", report: (text: string, f?: number) => void) {
  const o = { signal: ctx.signal };
  let done = 0;
  const count = <T>(p: Promise<T>) => p.finally(() => report(`已下载 ${++done}/5`, done / 5));
  const [tasks, units, matters, reports, years] = await Promise.all([
    count(endpoints.tasks(ctx.api, o)),
    count(endpoints.units(ctx.api, o)),
    count(optional(endpoints.matters(ctx.api, o))),
    count(endpoints.reports(ctx.api, o)),
    count(optional(endpoints.calendars(ctx.api, o))),
  ]);
  const own = scope === "own" && ctx.me.unit ? tasksOfUnit(tasks, units, ctx.me.unit) : tasks;
  const lists: ValidationLists = validationLists(own, units);
  if (scope === "own" && ctx.me.unit) lists.units = [ctx.me.unit];
  const sheets: Fetched[] = [
    { key: "tasks", rows: taskRows(own) },
    ...(scope === "all" ? [{ key: "units" as const, rows: units }] : []),
    { key: "matters", rows: matters },
    { key: "reports", rows: reports },
    ...(scope === "all" ? [{ key: "calendar" as const, rows: years && calendarRows(years) }] : []),
  ];
  return { sheets, lists, years };
}

export async function pull(ctx: SyncContext, scope: "all" | "own"): Promise<Line[]> {
  const [download, write] = steps(ctx, [1, 3]) as [ReturnType<typeof steps>[number], ReturnType<typeof steps>[number]];
  download("正在下载……", 0);
  const { sheets, lists, years } = await fetchAll(ctx, scope, (t, f) => download(t, f));
  if (years) setCalendarYears(years);
  const present = sheets.filter((s): s is Fetched & { rows: Row[] } => s.rows !== null);
  const totalRows = present.reduce((n, s) => n + s.rows.length, 0) || 1;
  let written = 0;
  await inExcel(async (context) => {
    for (const sheet of present) {
      ctx.signal.throwIfAborted();
      await writeTable(context, sheet.key, sheet.rows, {
        lists,
        signal: ctx.signal,
        onProgress: (done) => write(`正在写入“${SHEET_NAMES[sheet.key]}”`, (written + done) / totalRows),
      });
      written += sheet.rows.length;
      rememberPulled(sheet.key, sheet.rows);
    }
  });
  rememberLists(lists);
  const lines: Line[] = present.map((s) => ({ text: `“${SHEET_NAMES[s.key]}”：${s.rows.length} 行`, tone: "info" }));
  for (const s of sheets.filter((x) => x.rows === null)) {
    lines.push({ text: `“${SHEET_NAMES[s.key]}”：服务器尚未提供此数据，已跳过`, tone: "warn" });
  }
  lines.unshift({ text: `拉取完成，共写入 ${written} 行。`, tone: "ok" });
  return lines;
}
