/**
 * Push of 会议: a new meeting typed on a blank row (会议类型, 日期, 召集人, 地点, and every invited unit
 * in 受邀单位, separated by 、) is POST /api/v1/meetings; a change of a meeting's own fields on any of
 * its rows is PATCH /api/v1/meetings/:id with the version read; so is a change of its invited units
 * (a row typed under the meeting's 会议编号 invites its units, another unit typed over a row's replaces
 * it, a row deleted takes its unit out: the whole new list goes as `invited`); changed attendance goes
 * as before, one PUT per meeting (push-attendance.ts). The server resolves the units (aliases too) and refuses an
 * unknown one on its cell; a refused request keeps its rows as typed, the others go on.
 */
import type { MeetingInput } from "../../schema/contracts/meetings";
import { createMeeting, patchMeeting, type AsTyped } from "../api/endpoints";
import type { ApiError } from "../api/client";
import { comparable, fromCell } from "../workbook/cells";
import { layoutOf } from "../workbook/layouts";
import { removedRows } from "../workbook/changed-rows";
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
  /** What has no row left to mark (every row of a meeting deleted). */
  notes: string[];
};

/** A stored meeting's invited units as the sheet now asks: its pulled units, less the ones taken out, plus the ones added. */
type Invitation = { version: number; before: string[]; units: string[]; rows: number[] };

function invitationsOf(pulled: Row[]) {
  const invitations = new Map<number, Invitation>();
  return {
    of(meeting: number): Invitation | undefined {
      let inv = invitations.get(meeting);
      const rows = pulled.filter((r) => r.id === meeting);
      if (!inv && rows.length) {
        const units = rows.map((r) => String(r.unit));
        inv = { version: rows[0]!.version as number, before: units, units: [...units], rows: [] };
        invitations.set(meeting, inv);
      }
      return inv;
    },
    changed: () => [...invitations].filter(([, inv]) => inv.units.join("、") !== inv.before.join("、")),
  };
}

/** What each changed row asks for, decided before any request; rows that cannot be sent are refused in place. */
export function meetingPlan(changed: SheetRow[], pulled: Row[], current: Row[] = []): MeetingPlan {
  const plan: MeetingPlan = { creates: [], patches: [], attendance: [], refusals: [], notes: [] };
  const before = new Map(pulled.map((r) => [String(r.key), r]));
  const edits = new Map<number, Edit>();
  const invitations = invitationsOf(pulled);
  const refuse = (rowKey: number, col: string, message: string, kind: Refusal["kind"] = "refused") => plan.refusals.push({ rowKey, column: col, message, kind });
  for (const item of changed) {
    const { row, index } = item;
    const old = typeof row.key === "string" && row.key ? before.get(row.key) : undefined;
    if (!old) {
      // A row typed under a stored meeting's 会议编号 invites its units to that meeting.
      const inv = typeof row.id === "number" && !row.key ? invitations.of(row.id) : undefined;
      if (inv) {
        inv.units.push(...invitedUnits(row.unit).filter((u) => !inv.units.includes(u)));
        inv.rows.push(index);
      } else if (typeof row.id === "number" || row.key) refuse(index, "id", `没有编号为 ${String(row.id)} 的会议，请从下拉列表中选择，或留空以登记新会议`);
      else plan.creates.push({ index, body: { kind: typed(row.kind), date: typed(row.date), convener: typed(row.convener), place: typed(row.place), invited: invitedUnits(row.unit) } });
      continue;
    }
    if (differs("unit", row, old)) {
      // Another unit (or several) in place of the row's: the row's unit is taken out, the ones typed invited.
      const inv = invitations.of(old.id as number)!;
      const at = inv.units.indexOf(String(old.unit));
      const typedUnits = invitedUnits(row.unit).filter((u) => u === String(old.unit) || !inv.units.includes(u));
      if (at >= 0) inv.units.splice(at, 1, ...typedUnits);
      else inv.units.push(...typedUnits);
      inv.rows.push(index);
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
  for (const r of removedRows(current, pulled, "meetings")) {
    const inv = invitations.of(r.id as number);
    if (inv) inv.units = inv.units.filter((u) => u !== String(r.unit));
  }
  const refused = new Set(plan.refusals.map((r) => r.rowKey));
  addPatches(plan, edits, invitations.changed(), refused);
  plan.attendance = plan.attendance.filter((a) => !refused.has(a.index));
  return plan;
}

type Edit = { version: number; values: Map<Field, { value: unknown; rows: number[] }> };

/** One PATCH per meeting: its fields changed on rows not refused, and its new invited units (never none). */
function addPatches(plan: MeetingPlan, edits: Map<number, Edit>, invitations: [number, Invitation][], refused: Set<string | number>): void {
  for (const [meeting, edit] of edits) {
    const fields = [...edit.values].filter(([, v]) => !v.rows.some((i) => refused.has(i)));
    if (!fields.length || typeof edit.version !== "number") continue;
    const body = { version: edit.version, ...Object.fromEntries(fields.map(([f, v]) => [f, typed(v.value)])) };
    plan.patches.push({ meeting, rows: [...new Set(fields.flatMap(([, v]) => v.rows))], body });
  }
  for (const [meeting, inv] of invitations) {
    if (!inv.units.length) {
      plan.notes.push(`会议 ${meeting} 的受邀单位不能全部删除，未提交；已按服务器数据恢复。`);
      continue;
    }
    const patch = plan.patches.find((p) => p.meeting === meeting);
    if (patch) {
      patch.body.invited = inv.units;
      patch.rows = [...new Set([...patch.rows, ...inv.rows])];
    } else plan.patches.push({ meeting, rows: inv.rows, body: { version: inv.version, invited: inv.units } });
  }
}

/** The wire's `invited` is the sheet's 受邀单位; a stale version is shown on the first field changed. */
const sheetColumn = (wire: string, staleOn: string) => (wire.startsWith("invited") ? "unit" : wire === "version" ? staleOn : wire);

function refusalsFor(err: ApiError, rows: number[], fallback: string): Refusal[] {
  return refusalsOf(err, rows, fallback, () => rows).map((r) => ({ ...r, column: sheetColumn(r.column, fallback), kind: isConflict(err) ? "refused" : r.kind }));
}

type Job = { rows: number[]; label: string; run: () => Promise<void> };

export async function pushMeetings(ctx: SyncContext, changed: SheetRow[], pulled: Row[], current: Row[]): Promise<PushOutcome> {
  const plan = meetingPlan(changed, pulled, current);
  const notes = plan.notes.map((text) => ({ text, tone: "warn" as const }));
  const outcome: PushOutcome = { saved: 0, refusals: [...plan.refusals], conflicts: [], keepLocal: plan.refusals.map((r) => r.rowKey as number), unsent: 0, notes };
  const o = { signal: ctx.signal };
  const removed = removedRows(current, pulled, "meetings");
  const guarded = (rows: number[], fallback: string, send: () => Promise<unknown>) => async () => {
    try {
      await send();
    } catch (err) {
      if (!isCellRefusal(err) && !isConflict(err)) throw err;
      // Units only taken out (their rows deleted) have no row to mark: the pane says why.
      if (!rows.length) notes.push({ text: `受邀单位未修改：${err.details.map((d) => d.message).join("；") || err.message}。已按服务器数据恢复。`, tone: "warn" });
      outcome.refusals.push(...refusalsFor(err, rows, fallback));
      outcome.keepLocal.push(...rows);
    }
  };
  const { groups, refusals } = attendanceGroups(plan.attendance);
  outcome.refusals.push(...refusals);
  outcome.keepLocal.push(...refusals.map((r) => r.rowKey as number));
  const jobs: Job[] = [
    ...plan.creates.map((c) => ({ rows: [c.index], label: "登记会议", run: guarded([c.index], "kind", () => createMeeting(ctx.api, c.body, o)) })),
    ...plan.patches.map((p) => ({
      rows: p.rows,
      label: "修改会议",
      run: guarded(p.rows, Object.keys(p.body).find((k) => k !== "version")!, async () => {
        await patchMeeting(ctx.api, p.meeting, p.body, o);
        // The units taken out by deleting their rows: deleted on the server now.
        if (p.body.invited) outcome.removed = (outcome.removed ?? 0) + removed.filter((r) => r.id === p.meeting).length;
      }),
    })),
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
