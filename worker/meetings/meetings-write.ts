import { and, eq, sql } from "drizzle-orm";
import { changeLog, meetingAttendees, meetingDecisions, meetings } from "../../schema/tables";
import type { AttendanceInput, MeetingInput, MinutesInput } from "../../schema/contracts/meetings";
import type { ErrorDetail } from "../../schema/contracts/errors";
import { resolveUnitName } from "../../domain/responsibility";
import { resolveMatterUnits } from "../../domain/matters/resolve-matter-units";
import type { Db } from "../platform/db";
import { chunkForD1, runBatch } from "../platform/batch";
import { actorOf, type Caller } from "../platform/env";
import { conflict, detail, notFound, unprocessable } from "../platform/errors";
import { idIfChanged, lostRace } from "../platform/guarded-log";
import { loadDirectory, type Directory } from "../platform/directory";
import { findMeeting, type MeetingRecord } from "./meetings-queries";

const newMeetingId = sql<number>`(select max(${meetings.id}) from ${meetings})`;
export const missingMeeting = () => notFound("没有找到该会议");

/** A unit as written in a list, resolved to its id; a group or an unknown name is a refused cell. */
export function unitIdOf(written: string, directory: Directory, row: number, column: string, invalid: ErrorDetail[]): number | null {
  const r = resolveUnitName(written, directory);
  if (r?.kind === "unit") return r.id;
  invalid.push(
    r?.kind === "group"
      ? detail(row, column, "group_not_unit", `“${written}”是统称，请逐一填写单位`)
      : detail(row, column, "unknown_unit", `没有名为“${written}”的单位`),
  );
  return null;
}

/** The office records a meeting and the units invited to it (one batch). */
export async function createMeeting(db: Db, caller: Caller, input: MeetingInput): Promise<MeetingRecord> {
  const directory = await loadDirectory(db);
  const invalid: ErrorDetail[] = [];
  const ids: number[] = [];
  input.invited.forEach((name, i) => {
    const id = unitIdOf(name, directory, i, "invited", invalid);
    if (id === null) return;
    if (ids.includes(id)) invalid.push(detail(i, "invited", "duplicate", `“${name}”重复`));
    else ids.push(id);
  });
  if (invalid.length) throw unprocessable("会议有误，未保存", invalid);
  const values = { kind: input.kind, date: input.date, convener: input.convener, place: input.place };
  const [inserted] = await db.batch([
    db.insert(meetings).values(values).returning({ id: meetings.id }),
    ...chunkForD1(ids, 2).map((part) => db.insert(meetingAttendees).values(part.map((unitId) => ({ meetingId: newMeetingId, unitId })))),
    db.insert(changeLog).values({
      actor: actorOf(caller),
      entity: "meetings",
      entityId: sql<string>`cast(${newMeetingId} as text)`,
      action: "insert",
      after: sql`json_set(${JSON.stringify({ id: 0, ...values, invited: ids.map((id) => directory.units.find((u) => u.id === id)!.name) })}, '$.id', ${newMeetingId})`,
    }),
  ]);
  return (await findMeeting(db, inserted[0]!.id))!;
}

/** The meeting's version bump, guarded by the version read, then its log row (see `versionedChange` of matters). */
function meetingChange(db: Db, m: MeetingRecord, caller: Caller, action: string, after: unknown, extraGuard?: ReturnType<typeof sql>) {
  return [
    db
      .update(meetings)
      .set({ version: m.version + 1 })
      .where(and(eq(meetings.id, m.id), eq(meetings.version, m.version), extraGuard)),
    db.insert(changeLog).values({ actor: actorOf(caller), entity: "meetings", entityId: idIfChanged(String(m.id)), action, after }),
  ];
}

/** Runs a meeting change; when another change got there first, answers 409. */
async function runMeetingChange(db: Db, writes: Parameters<typeof runBatch>[1], message: string) {
  try {
    await runBatch(db, writes);
  } catch (e) {
    if (!lostRace(e)) throw e;
    throw conflict(message);
  }
}

/**
 * Attendance per invited unit, recorded on or after the meeting's day. A unit not invited (or
 * unknown, or named twice) is refused on its row's unit cell, and nothing is written.
 */
export async function recordAttendance(db: Db, caller: Caller, id: number, input: AttendanceInput, today: string): Promise<MeetingRecord> {
  const [m, directory] = await Promise.all([findMeeting(db, id), loadDirectory(db)]);
  if (!m) throw missingMeeting();
  if (m.date > today) throw unprocessable("会议尚未召开，出席情况请在会后填写", [detail(null, "rows", "not_held", `会议日期为 ${m.date}`)]);
  const invalid: ErrorDetail[] = [];
  const seen: number[] = [];
  const rows = input.rows.flatMap((r, i) => {
    const unitId = unitIdOf(r.unit, directory, i, "unit", invalid);
    if (unitId === null) return [];
    if (!m.invited.some((a) => a.unitId === unitId)) {
      invalid.push(detail(i, "unit", "not_invited", `“${r.unit}”未受邀参加该会议，不能填写出席情况`));
      return [];
    }
    if (seen.includes(unitId)) {
      invalid.push(detail(i, "unit", "duplicate", `“${r.unit}”重复`));
      return [];
    }
    seen.push(unitId);
    return [{ unitId, status: r.status, delegate: r.delegate ?? null }];
  });
  if (invalid.length) throw unprocessable("出席情况有误，未保存", invalid);
  const names = (unitId: number) => m.invited.find((a) => a.unitId === unitId)!.name;
  await runMeetingChange(
    db,
    [
      ...meetingChange(db, m, caller, "attendance", { attendance: rows.map((r) => ({ unit: names(r.unitId), status: r.status, delegate: r.delegate })) }),
      ...rows.map((r) =>
        db
          .update(meetingAttendees)
          .set({ status: r.status, delegate: r.delegate })
          .where(and(eq(meetingAttendees.meetingId, m.id), eq(meetingAttendees.unitId, r.unitId))),
      ),
    ],
    "该会议刚被他人修改，出席情况未保存，请重新提交",
  );
  return (await findMeeting(db, id))!;
}

/** Each decision's lead and co-units resolved as a matter's are (aliases, no groups, no repeats). */
function resolvedDecisions(input: MinutesInput, directory: Directory) {
  const invalid: ErrorDetail[] = [];
  const rows = input.decisions.flatMap((d, i) => {
    const r = resolveMatterUnits(d.lead, d.co, directory, null);
    if (!r.ok) {
      invalid.push(...r.refusals.map((x) => detail(i, `decisions.${x.column}`, x.code, x.message)));
      return [];
    }
    return [{ no: d.no, text: d.text, leadUnitId: r.leadId, coUnitIds: r.coIds, days: d.days }];
  });
  return { rows, invalid };
}

/**
 * Records (or replaces) a meeting's minutes: number, date and numbered decisions. Refused once any
 * decision has been turned into a matter (409 naming them); the check and the write cannot race
 * apart, the version bump being guarded on it.
 */
export async function recordMinutes(db: Db, caller: Caller, id: number, input: MinutesInput): Promise<MeetingRecord> {
  const [m, directory] = await Promise.all([findMeeting(db, id), loadDirectory(db)]);
  if (!m) throw missingMeeting();
  const turned = m.decisions.filter((d) => d.matterId !== null);
  const turnedRefusal = () =>
    conflict(
      "纪要中已有决定转为督办事项，纪要不能再修改",
      {},
      turned.map((d) => detail(null, "decisions", "already_turned", `第${d.no}项决定已转为督办事项（编号 ${d.matterId}）`)),
    );
  if (turned.length) throw turnedRefusal();
  const { rows, invalid } = resolvedDecisions(input, directory);
  const usedBy = await minutesNumberUsedBy(db, input.number, m.id);
  if (usedBy !== null) invalid.push(duplicateNumber(input.number, usedBy));
  if (invalid.length) throw unprocessable("会议纪要有误，未保存", invalid);
  const noneTurned = sql`not exists (select 1 from ${meetingDecisions} where ${meetingDecisions.meetingId} = ${m.id} and ${meetingDecisions.matterId} is not null)`;
  const [bump, log] = meetingChange(db, m, caller, "minutes", { number: input.number, date: input.date, decisions: input.decisions }, noneTurned);
  await runMinutesChange(db, m.id, input.number, [
    bump!,
    log!,
    db.update(meetings).set({ minutesNo: input.number, minutesDate: input.date }).where(eq(meetings.id, m.id)),
    db.delete(meetingDecisions).where(eq(meetingDecisions.meetingId, m.id)),
    ...chunkForD1(rows, 6).map((part) => db.insert(meetingDecisions).values(part.map((r) => ({ ...r, meetingId: m.id })))),
  ]);
  return (await findMeeting(db, id))!;
}

/**
 * Removes a meeting's minutes (its number, date and every decision), as deleting the last 会议决定
 * row of a meeting asks; refused like a replacement once a decision is a matter (409 naming it).
 * A meeting without minutes is answered as it is, and nothing is logged.
 */
export async function removeMinutes(db: Db, caller: Caller, id: number): Promise<MeetingRecord> {
  const m = await findMeeting(db, id);
  if (!m) throw missingMeeting();
  if (m.minutesNo === null && m.minutesDate === null && m.decisions.length === 0) return m;
  const turned = m.decisions.filter((d) => d.matterId !== null);
  if (turned.length) {
    throw conflict(
      "纪要中已有决定转为督办事项，纪要不能删除",
      {},
      turned.map((d) => detail(null, "decisions", "already_turned", `第${d.no}项决定已转为督办事项（编号 ${d.matterId}）`)),
    );
  }
  const noneTurned = sql`not exists (select 1 from ${meetingDecisions} where ${meetingDecisions.meetingId} = ${m.id} and ${meetingDecisions.matterId} is not null)`;
  const [bump, log] = meetingChange(db, m, caller, "minutes_removed", null, noneTurned);
  await runMeetingChange(
    db,
    [bump!, log!, db.update(meetings).set({ minutesNo: null, minutesDate: null }).where(eq(meetings.id, m.id)), db.delete(meetingDecisions).where(eq(meetingDecisions.meetingId, m.id))],
    "该会议刚被他人修改（或其决定已转为督办事项），纪要未删除，请刷新后重试",
  );
  return (await findMeeting(db, id))!;
}

/** The other meeting whose minutes carry `number`, or null. */
async function minutesNumberUsedBy(db: Db, number: string, self: number): Promise<number | null> {
  const [same] = await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.minutesNo, number));
  return same && same.id !== self ? same.id : null;
}

const duplicateNumber = (number: string, usedBy: number) => detail(null, "number", "duplicate", `纪要编号“${number}”已用于另一次会议（编号 ${usedBy}）`);

/**
 * Writes the minutes. Two meetings given the same number at the same moment both pass the check
 * before either writes; the unique index refuses the second, which is then answered like the check
 * (422 naming `number`), never a 500.
 */
async function runMinutesChange(db: Db, id: number, number: string, writes: Parameters<typeof runBatch>[1]): Promise<void> {
  try {
    await runMeetingChange(db, writes, "该会议刚被他人修改（或其决定已转为督办事项），纪要未保存，请刷新后重试");
  } catch (e) {
    const text = (x: unknown): string => (x instanceof Error ? `${x.message} ${text(x.cause)}` : "");
    if (!/meetings_minutes_no_uq|UNIQUE constraint failed: meetings\.minutes_no/.test(text(e))) throw e;
    const usedBy = await minutesNumberUsedBy(db, number, id);
    throw unprocessable("会议纪要有误，未保存", [duplicateNumber(number, usedBy ?? 0)]);
  }
}
