import { and, eq, inArray } from "drizzle-orm";
import { changeLog, meetingAttendees, meetings } from "../../schema/tables";
import type { MeetingPatch } from "../../schema/contracts/meetings";
import type { Db } from "../platform/db";
import { runBatch } from "../platform/batch";
import { actorOf, type Caller } from "../platform/env";
import { conflict, detail, unprocessable } from "../platform/errors";
import type { ErrorDetail } from "../../schema/contracts/errors";
import { chunkForD1, inLists, type Write } from "../platform/batch";
import { loadDirectory } from "../platform/directory";
import { idIfChanged, lostRace } from "../platform/guarded-log";
import { findMeeting, type MeetingRecord } from "./meetings-queries";
import { missingMeeting, unitIdOf } from "./meetings-write";

const stale = (sent: number, m: MeetingRecord | null) =>
  conflict("该会议已被他人修改，本次修改未保存，请按最新数据重新操作", {}, [
    detail(null, "version", "stale", `提交的版本为 ${sent}，当前版本为 ${m?.version ?? "未知"}`),
  ]);

/**
 * What a correction may not do: change the kind once a decision is a matter (the matters' source
 * follows the kind), or move the day past today once attendance is recorded (attendance is taken after
 * the meeting).
 */
function refusals(m: MeetingRecord, patch: MeetingPatch, today: string) {
  if (patch.kind !== undefined && patch.kind !== m.kind) {
    const turned = m.decisions.filter((d) => d.matterId !== null);
    if (turned.length) {
      const message = `第${turned.map((d) => d.no).join("、")}项决定已转为督办事项，会议类型不能再修改`;
      throw conflict(message, {}, [detail(null, "kind", "already_turned", message)]);
    }
  }
  if (patch.date !== undefined && patch.date > today && m.invited.some((a) => a.status !== null)) {
    throw unprocessable("会议修改有误，未保存", [detail(null, "date", "attendance_recorded", "已记录出席情况，会议日期不能晚于今天")]);
  }
}

/**
 * The writes that make `invited` the meeting's invited units: units added get a row of their own
 * (attendance not recorded), units left out lose theirs. Refused on `invited`: an unknown unit, a
 * group, a unit named twice, and leaving out a unit whose attendance is recorded.
 */
async function invitationWrites(db: Db, m: MeetingRecord, invited: string[]): Promise<{ writes: Write[]; names: string[] }> {
  const directory = await loadDirectory(db);
  const invalid: ErrorDetail[] = [];
  const ids: number[] = [];
  invited.forEach((name, i) => {
    const unitId = unitIdOf(name, directory, i, "invited", invalid);
    if (unitId === null) return;
    if (ids.includes(unitId)) invalid.push(detail(i, "invited", "duplicate", `“${name}”重复`));
    else ids.push(unitId);
  });
  const dropped = m.invited.filter((a) => !ids.includes(a.unitId));
  for (const a of dropped.filter((x) => x.status !== null)) {
    invalid.push(detail(null, "invited", "attendance_recorded", `“${a.name}”已记录出席情况（${a.status}），不能移出受邀单位`));
  }
  if (invalid.length) throw unprocessable("会议修改有误，未保存", invalid);
  const added = ids.filter((unitId) => !m.invited.some((a) => a.unitId === unitId));
  const writes: Write[] = [
    ...inLists(dropped.map((a) => a.unitId)).map((some) => db.delete(meetingAttendees).where(and(eq(meetingAttendees.meetingId, m.id), inArray(meetingAttendees.unitId, some)))),
    ...chunkForD1(added, 2).map((part) => db.insert(meetingAttendees).values(part.map((unitId) => ({ meetingId: m.id, unitId })))),
  ];
  return { writes, names: ids.map((unitId) => directory.units.find((u) => u.id === unitId)!.name) };
}

/** The office corrects a meeting's kind, day, convener, place or invited units, from the version read; logged with the fields it set. */
export async function updateMeeting(db: Db, caller: Caller, id: number, patch: MeetingPatch, today: string): Promise<MeetingRecord> {
  const m = await findMeeting(db, id);
  if (!m) throw missingMeeting();
  if (patch.version !== m.version) throw stale(patch.version, m);
  refusals(m, patch, today);
  const { version, invited, ...fields } = patch;
  const invitation = invited !== undefined ? await invitationWrites(db, m, invited) : { writes: [], names: undefined };
  try {
    // The bump first: when another change got there first it matches nothing, the log row's guard
    // fails, and the whole batch (the invitations too) is rolled back.
    await runBatch(db, [
      db
        .update(meetings)
        .set({ ...fields, version: version + 1 })
        .where(and(eq(meetings.id, id), eq(meetings.version, version))),
      db.insert(changeLog).values({
        actor: actorOf(caller),
        entity: "meetings",
        entityId: idIfChanged(String(id)),
        action: "update",
        after: invitation.names ? { ...fields, invited: invitation.names } : fields,
      }),
      ...invitation.writes,
    ]);
  } catch (e) {
    if (!lostRace(e)) throw e;
    throw stale(version, await findMeeting(db, id));
  }
  return (await findMeeting(db, id))!;
}
