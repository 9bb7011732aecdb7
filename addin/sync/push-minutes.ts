/**
 * Push of 会议决定 (the office's minutes): the minutes are one document per meeting, so every meeting
 * with a changed row (or a row moved away from it) is sent whole, PUT /api/v1/meetings/:id/minutes
 * { number, date, decisions }, composed from all rows of that meeting now on the sheet. 纪要编号 and
 * 纪要日期 may be typed on one row only: the meeting's other rows follow it; two changed rows that
 * disagree are refused. The server refuses minutes once a decision is a matter (409), an unknown
 * unit on its decision's cell, a duplicate minutes number on 纪要编号: each is marked where it points,
 * and the meeting's typed rows stay as typed.
 */
import type { MinutesInput } from "../../schema/contracts/meetings";
import { deleteMinutes, putMinutes, type AsTyped } from "../api/endpoints";
import type { ApiError } from "../api/client";
import { comparable } from "../workbook/cells";
import { layoutOf } from "../workbook/layouts";
import type { Refusal } from "../workbook/types";
import { ROW_INDEX } from "../workbook/read-table";
import { removedRows } from "../workbook/changed-rows";
import type { Row } from "./snapshot";
import type { SyncContext } from "./context";
import type { PushOutcome, SheetRow } from "./push-reports";
import { stopAt } from "./push-reports";
import { isCellRefusal, isConflict, refusalsOf } from "./refusals";

type Decision = AsTyped<MinutesInput["decisions"][number]>;
export type MinutesRequest = { meeting: number; rows: number[]; changed: number[]; body: { number: unknown; date: unknown; decisions: Decision[] } };
/** `removals`: meetings whose every pulled row was deleted from the sheet, with how many rows that was. */
export type MinutesPlan = { requests: MinutesRequest[]; removals: { meeting: number; rows: number }[]; refusals: Refusal[] };

const blank = (v: unknown) => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);
const column = (key: string) => layoutOf("decisions").columns.find((c) => c.key === key)!;
const indexOf = (r: Row) => r[ROW_INDEX] as number;

/** A decision row on the wire: 时限 left out when blank (the API's default, 10 working days). */
export function decisionInput(row: Row): Decision {
  const d: Decision = { no: row.no, text: row.text ?? "", lead: row.lead ?? "", co: row.co ?? [] };
  if (!blank(row.days)) d.days = row.days;
  return d;
}

/** 纪要编号 or 纪要日期 of a meeting: the one value its changed rows agree on, else the value on its rows. */
function sharedValue(key: "minutesNo" | "minutesDate", rows: Row[], changed: Set<number>, refusals: Refusal[]): unknown {
  const c = column(key);
  const typed = rows.filter((r) => changed.has(indexOf(r)) && !blank(r[key]));
  const values = [...new Set(typed.map((r) => comparable(c, r[key])))];
  if (values.length > 1) {
    for (const r of typed) refusals.push({ rowKey: indexOf(r), column: key, message: `同一会议各行的“${c.header}”不一致，请改成相同内容（可只填一行，其余行留空）`, kind: "invalid" });
    return undefined;
  }
  return (typed[0] ?? rows.find((r) => !blank(r[key])))?.[key] ?? "";
}

/** The meetings to send and their whole documents, from the changed rows and every row now on the sheet. */
export function minutesPlan(changed: SheetRow[], pulled: Row[], current: Row[]): MinutesPlan {
  const refusals: Refusal[] = [];
  const before = new Map(pulled.map((r) => [String(r.ref), r]));
  const meetings = new Set<number>();
  const removedOf = new Map<number, number>();
  for (const r of removedRows(current, pulled, "decisions")) {
    if (typeof r.meeting !== "number") continue;
    meetings.add(r.meeting);
    removedOf.set(r.meeting, (removedOf.get(r.meeting) ?? 0) + 1);
  }
  const changedIdx = new Set<number>();
  for (const { row, index } of changed) {
    const old = typeof row.ref === "string" && row.ref ? before.get(row.ref) : undefined;
    if (typeof old?.meeting === "number") meetings.add(old.meeting);
    if (typeof row.meeting !== "number" || !Number.isInteger(row.meeting)) {
      refusals.push({ rowKey: index, column: "meeting", message: "请填写会议编号（见“会议”表），纪要按会议提交", kind: "invalid" });
      continue;
    }
    meetings.add(row.meeting);
    changedIdx.add(index);
  }
  const requests: MinutesRequest[] = [];
  const removals: MinutesPlan["removals"] = [];
  for (const meeting of meetings) {
    const rows = current.filter((r) => r.meeting === meeting);
    if (!rows.length) {
      // Every row deleted: the minutes go. Rows only moved to another meeting keep them.
      if (removedOf.has(meeting)) removals.push({ meeting, rows: removedOf.get(meeting)! });
      continue;
    }
    const refusedBefore = refusals.length;
    const number = sharedValue("minutesNo", rows, changedIdx, refusals);
    const date = sharedValue("minutesDate", rows, changedIdx, refusals);
    if (refusals.length > refusedBefore) continue;
    const all = rows.map(indexOf);
    requests.push({ meeting, rows: all, changed: all.filter((i) => changedIdx.has(i)), body: { number, date, decisions: rows.map(decisionInput) } });
  }
  return { requests, removals, refusals };
}

/** The wire's columns on the sheet: `decisions.lead` → 牵头单位, `number` → 纪要编号, a refusal of the whole list → 决定内容. */
const SHEET_COLUMN: Record<string, string> = { number: "minutesNo", date: "minutesDate", decisions: "text" };
const sheetColumn = (wire: string) => SHEET_COLUMN[wire] ?? wire.replace(/^decisions\./, "").replace(/\.\d+$/, "");

/** A detail naming a decision lands on its row; one naming none lands on the meeting's changed rows (or all, when none changed). */
function refusalsFor(err: ApiError, r: MinutesRequest): Refusal[] {
  const onRows = r.changed.length ? r.changed : r.rows;
  return refusalsOf(err, r.rows, "minutesNo", (d) => (d.row === null ? onRows : [r.rows[d.row]])).map((x) => ({ ...x, column: sheetColumn(x.column) }));
}

export async function pushMinutes(ctx: SyncContext, changed: SheetRow[], pulled: Row[], current: Row[]): Promise<PushOutcome> {
  const { requests, removals, refusals } = minutesPlan(changed, pulled, current);
  const outcome: PushOutcome = { saved: 0, refusals, conflicts: [], keepLocal: refusals.map((r) => r.rowKey as number), unsent: 0, removed: 0, notes: [] };
  const removed = removedRows(current, pulled, "decisions");
  const removedWith = (meeting: number) => removed.filter((r) => r.meeting === meeting).length;
  for (const [n, r] of requests.entries()) {
    try {
      ctx.signal.throwIfAborted();
      ctx.progress(`提交会议纪要 ${n + 1}/${requests.length}`, n / requests.length);
      await putMinutes(ctx.api, r.meeting, r.body, { signal: ctx.signal });
      outcome.saved += r.changed.length;
      outcome.removed! += removedWith(r.meeting);
    } catch (err) {
      if (isCellRefusal(err) || isConflict(err)) {
        outcome.refusals.push(...refusalsFor(err, r));
        outcome.keepLocal.push(...r.rows);
        continue;
      }
      stopAt(outcome, err, requests.slice(n).flatMap((q) => q.rows));
      return outcome;
    }
  }
  await removeMinutes(ctx, removals, outcome);
  return outcome;
}

/** Each meeting whose every row was deleted loses its minutes; a refusal (a decision already a matter) is a note, the rows come back. */
async function removeMinutes(ctx: SyncContext, removals: MinutesPlan["removals"], outcome: PushOutcome): Promise<void> {
  for (const [n, { meeting, rows }] of removals.entries()) {
    try {
      ctx.signal.throwIfAborted();
      ctx.progress(`删除会议纪要 ${n + 1}/${removals.length}`, n / removals.length);
      await deleteMinutes(ctx.api, meeting, { signal: ctx.signal });
      outcome.removed! += rows;
      outcome.notes!.push({ text: `会议 ${meeting} 的纪要已删除（${rows} 项决定）。`, tone: "ok" });
    } catch (err) {
      if (!isCellRefusal(err) && !isConflict(err)) {
        stopAt(outcome, err, []);
        return;
      }
      const why = err.details.map((d) => d.message).join("；") || err.message;
      outcome.notes!.push({ text: `会议 ${meeting} 的纪要未删除：${why}。已按服务器数据恢复该会议的决定。`, tone: "warn" });
    }
  }
}
