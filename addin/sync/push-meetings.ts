/**
 * Push of 会议: a new meeting typed on a blank row (会议类型, 日期, 召集人, 地点, and every invited unit
 * in 受邀单位, separated by 、) is POST /api/v1/meetings; a change of a meeting's own fields on any of
 * its rows is PATCH /api/v1/meetings/:id with the version read; changed attendance goes as before, one
 * PUT per meeting (push-attendance.ts). The server resolves the units (aliases too) and refuses an
 * unknown one on its cell; a refused request keeps its rows as typed, the others go on.
 */
import type { MeetingInput } from "../../schema/contracts/meetings";
import { createMeeting, patchMeeting, type AsTyped } from "../api/endpoints";
import type { ApiError } from "../api/client";
import { comparable, fromCell } from "../workbook/cells";
import { layoutOf } from "../workbook/layouts";
import type { Refusal } from "../workbook/types";
import type { Row } from "./snapshot";
import type { SyncContext } from "./context";
import type { PushOutcome, SheetRow } from "./push-reports";
import { stopAt } from "./push-reports";
import { attendanceGroups, pushMeeting } from "./push-attendance";
import { isCellRefusal, isConflict, refusalsOf } from "./refusals";

/** A meeting's own fields, as the sheet and the wire name them. */
const FIELDS = ["kind", "date", "convener", "place"] as const;
type Field = (typeof FIELDS)[number];

const column = (key: string) => layoutOf("meetings").columns.find((c) => c.key === key)!;
const differs = (key: string, a: Row, b: Row) => comparable(column(key), a[key]) !== comparable(column(key), b[key]);
const typed = (v: unknown) => (v === null || v === undefined ? "" : v);

/** The units typed in one 受邀单位 cell, split as a list cell is (、 , ; and their full-width forms). */
export const invitedUnits = (cell: unknown): string[] => fromCell({ ...column("unit"), kind: "list" }, cell) as string[];

export type MeetingPatchPlan = { meeting: number; rows: number[]; body: Record<string, unknown> & { version: number } };
export type MeetingPlan = {
  creates: { index: number; body: AsTyped<MeetingInput> }[];
  patches: MeetingPatchPlan[];
  attendance: SheetRow[];
  refusals: Refusal[];
};

/** What each changed row asks for, decided before any request; rows that cannot be sent are refused in place. */
export function meetingPlan(changed: SheetRow[], pulled: Row[]): MeetingPlan {
  const plan: MeetingPlan = { creates: [], patches: [], attendance: [], refusals: [] };
  const before = new Map(pulled.map((r) => [String(r.key), r]));
  type Edit = { version: number; values: Map<Field, { value: unknown; rows: number[] }> };
  const edits = new Map<number, Edit>();
  const refuse = (rowKey: number, col: string, message: string, kind: Refusal["kind"] = "refused") => plan.refusals.push({ rowKey, column: col, message, kind });
  for (const item of changed) {
    const { row, index } = item;
    const old = typeof row.key === "string" && row.key ? before.get(row.key) : undefined;
    if (!old) {
      if (typeof row.id === "number" || row.key) refuse(index, "unit", "受邀单位在登记会议时确定，不能为已登记的会议在表中新增行");
      else plan.creates.push({ index, body: { kind: typed(row.kind), date: typed(row.date), convener: typed(row.convener), place: typed(row.place), invited: invitedUnits(row.unit) } });
      continue;
    }
    if (differs("unit", row, old)) {
      refuse(index, "unit", "受邀单位登记后不能在表中修改");
      continue;
    }
    const edit: Edit = edits.get(old.id as number) ?? { version: old.version as number, values: new Map<Field, { value: unknown; rows: number[] }>() };
    for (const f of FIELDS.filter((k) => differs(k, row, old))) {
      const seen = edit.values.get(f);
      if (!seen) edit.values.set(f, { value: row[f], rows: [index] });
      else if (comparable(column(f), seen.value) === comparable(column(f), row[f])) seen.rows.push(index);
      else for (const i of [...seen.rows, index]) refuse(i, f, `同一会议的各行“${column(f).header}”改得不一致，请只改一行或改成相同内容`, "invalid");
    }
    edits.set(old.id as number, edit);
    if (differs("attendance", row, old) || differs("delegate", row, old)) plan.attendance.push(item);
  }
  const refused = new Set(plan.refusals.map((r) => r.rowKey));
  for (const [meeting, edit] of edits) {
    const fields = [...edit.values].filter(([, v]) => !v.rows.some((i) => refused.has(i)));
    if (!fields.length || typeof edit.version !== "number") continue;
    const body = { version: edit.version, ...Object.fromEntries(fields.map(([f, v]) => [f, typed(v.value)])) };
    plan.patches.push({ meeting, rows: [...new Set(fields.flatMap(([, v]) => v.rows))], body });
  }
  plan.attendance = plan.attendance.filter((a) => !refused.has(a.index));
  return plan;
}

/** The wire's `invited` is the sheet's 受邀单位; a stale version is shown on the first field changed. */
const sheetColumn = (wire: string, staleOn: string) => (wire.startsWith("invited") ? "unit" : wire === "version" ? staleOn : wire);

function refusalsFor(err: ApiError, rows: number[], fallback: string): Refusal[] {
  return refusalsOf(err, rows, fallback, () => rows).map((r) => ({ ...r, column: sheetColumn(r.column, fallback), kind: isConflict(err) ? "refused" : r.kind }));
}

type Job = { rows: number[]; label: string; run: () => Promise<void> };

export async function pushMeetings(ctx: SyncContext, changed: SheetRow[], pulled: Row[]): Promise<PushOutcome> {
  const plan = meetingPlan(changed, pulled);
  const outcome: PushOutcome = { saved: 0, refusals: [...plan.refusals], conflicts: [], keepLocal: plan.refusals.map((r) => r.rowKey as number), unsent: 0 };
  const o = { signal: ctx.signal };
  const guarded = (rows: number[], fallback: string, send: () => Promise<unknown>) => async () => {
    try {
      await send();
    } catch (err) {
      if (!isCellRefusal(err) && !isConflict(err)) throw err;
      outcome.refusals.push(...refusalsFor(err, rows, fallback));
      outcome.keepLocal.push(...rows);
    }
  };
  const { groups, refusals } = attendanceGroups(plan.attendance);
  outcome.refusals.push(...refusals);
  outcome.keepLocal.push(...refusals.map((r) => r.rowKey as number));
  const jobs: Job[] = [
    ...plan.creates.map((c) => ({ rows: [c.index], label: "登记会议", run: guarded([c.index], "kind", () => createMeeting(ctx.api, c.body, o)) })),
    ...plan.patches.map((p) => ({ rows: p.rows, label: "修改会议", run: guarded(p.rows, Object.keys(p.body).find((k) => k !== "version")!, () => patchMeeting(ctx.api, p.meeting, p.body, o)) })),
    ...groups.map((g) => ({ rows: g.rows.map((r) => r.index), label: "提交会议出席情况", run: () => pushMeeting(ctx, g, outcome) })),
  ];
  const sent = new Set<number>();
  for (const [n, job] of jobs.entries()) {
    try {
      ctx.signal.throwIfAborted();
      ctx.progress(`${job.label} ${n + 1}/${jobs.length}`, n / jobs.length);
      await job.run();
      job.rows.forEach((i) => sent.add(i));
    } catch (err) {
      const rest = [...new Set(jobs.slice(n).flatMap((j) => j.rows))].filter((i) => !sent.has(i) && !outcome.keepLocal.includes(i));
      stopAt(outcome, err, rest);
      break;
    }
  }
  // A row counts once, whatever it carried (a field and attendance), and only when nothing of it was refused.
  outcome.saved = [...sent].filter((i) => !outcome.keepLocal.includes(i)).length;
  return outcome;
}
