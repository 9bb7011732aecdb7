/**
 * 载入节假日: the office edits the 节假日 sheet (a new year's arrangement, a correction) and
 * loads it: every year touched by a change is sent whole with PUT /api/v1/calendar/:year, the
 * sheet is rewritten from the server and the custom functions' calendar is refreshed.
 */
import { chinaMinute, chinaToday } from "../../domain/calendar/china-today";
import * as endpoints from "../api/endpoints";
import { changedRows, markRefusals, readTable, ROW_INDEX, writeTable } from "../workbook";
import type { Refusal } from "../workbook/types";
import { inExcel, inExcelWriting, type Line, type SyncContext } from "./context";
import { pulledLists, pulledRows, rememberPulled, type Row } from "./snapshot";
import { calendarEdits, calendarNote, calendarRows, isDaySnapshot } from "./calendar-shape";
import { isCellRefusal } from "./refusals";
import { mergeKept } from "./push";
import { setCalendarYears } from "../shared/state";
import { describeError } from "../shared/messages";

const indexOf = (r: Row) => r[ROW_INDEX] as number;

export async function loadCalendar(ctx: SyncContext): Promise<Line[]> {
  const snapshot = await pulledRows("calendar");
  if (!snapshot) return [{ text: "“节假日”尚未拉取，请先拉取台账，再在表中填写后载入。", tone: "warn" }];
  if (isDaySnapshot(snapshot)) return [{ text: "“节假日”已改为每段假期一行，请先拉取台账，再在表中填写后载入。", tone: "warn" }];
  ctx.progress("读取“节假日”", null);
  const current = await inExcel((context) => readTable(context, "calendar"));
  const changed = changedRows(current, snapshot, "calendar");
  const starts = new Set(current.map((r) => r.from));
  const removedYears = snapshot.filter((r) => !starts.has(r.from)).map((r) => ({ year: r.year }));
  const { edits, refusals } = calendarEdits(current, [...changed, ...removedYears], indexOf);
  if (!edits.length && !refusals.length) return [{ text: "“节假日”没有改动。", tone: "info" }];

  const lines: Line[] = [];
  const keep = new Set(refusals.map((r) => r.rowKey as number));
  for (const [n, edit] of edits.entries()) {
    ctx.signal.throwIfAborted();
    ctx.progress(`提交 ${edit.year} 年`, n / edits.length);
    try {
      const saved = await endpoints.putCalendar(ctx.api, edit.year, { off: edit.off, work: edit.work }, { signal: ctx.signal });
      lines.push({ text: `${edit.year} 年：放假 ${saved.off.length} 天、调休上班 ${saved.work.length} 天已载入，重算了 ${saved.recomputed} 件在办事项的截止日期。`, tone: "ok" });
    } catch (err) {
      if (!isCellRefusal(err) && !lines.some((l) => l.tone === "ok")) throw err;
      if (!isCellRefusal(err)) {
        // Earlier years are stored: say so, and what stopped the rest.
        lines.push({ text: `${edit.year} 年及以后的年份未载入：${describeError(err)}`, tone: "error" });
        break;
      }
      const named: Refusal[] = err.details.map((d) => {
        const rows = d.column === "work" ? edit.workRows : d.column === "off" ? edit.offRows : [];
        const rowKey = d.row !== null ? rows[d.row] : undefined;
        return { rowKey: rowKey ?? edit.offRows[0] ?? edit.workRows[0] ?? 0, column: d.column === "work" ? "work" : "from", message: d.message };
      });
      refusals.push(...(named.length ? named : [{ rowKey: edit.offRows[0] ?? edit.workRows[0] ?? 0, column: "from", message: err.message }]));
      for (const r of [...edit.offRows, ...edit.workRows]) keep.add(r);
      lines.push({ text: `${edit.year} 年未载入：${err.message}`, tone: "error" });
    }
  }

  try {
    await refreshSheet(ctx, current, keep, refusals, lines);
  } catch (err) {
    // What was loaded stays loaded; only the sheet could not show it.
    if (!lines.some((l) => l.tone === "ok")) throw err;
    lines.push({ text: `“节假日”表格未能刷新：${describeError(err)}已载入的年份不受影响，请重新拉取后查看。`, tone: "warn" });
  }
  return lines;
}

async function refreshSheet(ctx: SyncContext, current: Row[], keep: Set<number>, refusals: Refusal[], lines: Line[]): Promise<void> {
  ctx.progress("刷新“节假日”", null);
  const years = await endpoints.calendars(ctx.api, { signal: ctx.signal });
  setCalendarYears(years);
  const fresh = calendarRows(years);
  const { rows, moved } = mergeKept(fresh, current, keep, "from");
  const marks = refusals.map((r) => ({ ...r, rowKey: moved.get(r.rowKey as number) ?? r.rowKey }));
  const lists = await pulledLists();
  await inExcelWriting(async (context) => {
    await writeTable(context, "calendar", rows, { lists, signal: ctx.signal, snapshot: fresh, pulledAt: chinaMinute(new Date()), note: calendarNote(years, chinaToday(new Date())) });
    // The sheet is rewritten whole in the server's order, and every marked row is in a year sent again.
    await markRefusals(context, "calendar", marks, "all");
  });
  rememberPulled("calendar", fresh);
  if (marks.length) lines.push({ text: `“节假日”：${new Set(marks.map((m) => m.rowKey)).size} 行有误，已标红并在“校验意见”列写明原因。`, tone: "error" });
}
