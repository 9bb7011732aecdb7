/**
 * Push of 会议 (the office's attendance): the changed rows are grouped by meeting and each meeting's
 * rows go in one PUT /api/v1/meetings/:id/attendance (all or nothing on the server). Refused rows
 * are marked and the meeting's other rows are sent again, so one bad row never holds back the rest.
 */
import { putAttendance } from "../api/endpoints";
import type { Refusal } from "../workbook/types";
import type { Row } from "./snapshot";
import type { SyncContext } from "./context";
import { rowsNamed, type PushOutcome, type SheetRow } from "./push-reports";
import { isCellRefusal, isConflict, refusalsOf } from "./refusals";

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

/** The wire row of one 会议 row: the unit, its status as typed, the delegate when filled. */
export function attendanceInput(row: Row): { unit: string; status: unknown; delegate?: string } {
  const body: { unit: string; status: unknown; delegate?: string } = { unit: text(row.unit), status: row.attendance };
  if (text(row.delegate)) body.delegate = text(row.delegate);
  return body;
}

export type AttendanceGroup = { meeting: number; rows: SheetRow[] };

/**
 * The changed rows by meeting, in sheet order. Rows that cannot be sent are refused in place: a row
 * typed by hand (no 行号 or meeting number: invited units are recorded by the office through the
 * system) and a row whose 出席情况 was emptied (the API records a status, never clears one).
 */
export function attendanceGroups(changed: SheetRow[]): { groups: AttendanceGroup[]; refusals: Refusal[] } {
  const refusals: Refusal[] = [];
  const groups = new Map<number, SheetRow[]>();
  for (const item of changed) {
    const { row, index } = item;
    if (typeof row.id !== "number" || !text(row.key) || !text(row.unit)) {
      refusals.push({ rowKey: index, column: "unit", message: "受邀单位由办公室在系统中登记会议时确定，不能在表中新增行", kind: "refused" });
      continue;
    }
    if (!text(row.attendance)) {
      refusals.push({ rowKey: index, column: "attendance", message: "请选择出席情况（出席、委派代表出席、请假或缺席）", kind: "invalid" });
      continue;
    }
    groups.set(row.id, [...(groups.get(row.id) ?? []), item]);
  }
  return { groups: [...groups].map(([meeting, rows]) => ({ meeting, rows })), refusals };
}

/** The wire's `status` is the sheet's 出席情况. */
const SHEET_COLUMN: Record<string, string> = { status: "attendance", rows: "attendance" };

export async function pushAttendance(ctx: SyncContext, changed: SheetRow[]): Promise<PushOutcome> {
  const { groups, refusals } = attendanceGroups(changed);
  const outcome: PushOutcome = { saved: 0, refusals, conflicts: [], keepLocal: refusals.map((r) => r.rowKey as number), unsent: 0 };
  for (const [n, group] of groups.entries()) {
    try {
      ctx.progress(`提交会议出席情况 ${n + 1}/${groups.length}`, n / groups.length);
      await pushMeeting(ctx, group, outcome);
    } catch (err) {
      outcome.failure = err;
      const rest = groups.slice(n).flatMap((g) => g.rows.map((r) => r.index)).filter((i) => !outcome.keepLocal.includes(i));
      outcome.keepLocal.push(...rest);
      outcome.unsent = rest.length;
      break;
    }
  }
  return outcome;
}

/** One meeting's rows; the server names refused rows by their place in the body. Throws on an outage. */
export async function pushMeeting(ctx: SyncContext, group: AttendanceGroup, outcome: PushOutcome): Promise<void> {
  let batch = group.rows;
  for (let round = 0; round < 4 && batch.length > 0; round++) {
    ctx.signal.throwIfAborted();
    try {
      await putAttendance(ctx.api, group.meeting, { rows: batch.map((b) => attendanceInput(b.row)) }, { signal: ctx.signal });
      outcome.saved += batch.length;
      return;
    } catch (err) {
      if (!isCellRefusal(err) && !isConflict(err)) throw err;
      const named = rowsNamed(err, batch.length);
      outcome.refusals.push(
        ...refusalsOf(err, batch.map((b) => b.index), "attendance").map((r) => ({ ...r, column: SHEET_COLUMN[r.column] ?? r.column })),
      );
      outcome.keepLocal.push(...[...named].map((i) => batch[i]!.index));
      batch = batch.filter((_, i) => !named.has(i));
    }
  }
  outcome.keepLocal.push(...batch.map((b) => b.index));
}
