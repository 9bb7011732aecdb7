import { and, eq } from "drizzle-orm";
import { changeLog, meetings } from "../../schema/tables";
import type { MeetingPatch } from "../../schema/contracts/meetings";
import type { Db } from "../platform/db";
import { runBatch } from "../platform/batch";
import { actorOf, type Caller } from "../platform/env";
import { conflict, detail, unprocessable } from "../platform/errors";
import { idIfChanged, lostRace } from "../platform/guarded-log";
import { findMeeting, type MeetingRecord } from "./meetings-queries";
import { missingMeeting } from "./meetings-write";

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

/** The office corrects a meeting's kind, day, convener or place, from the version read; logged with the fields it set. */
export async function updateMeeting(db: Db, caller: Caller, id: number, patch: MeetingPatch, today: string): Promise<MeetingRecord> {
  const m = await findMeeting(db, id);
  if (!m) throw missingMeeting();
  if (patch.version !== m.version) throw stale(patch.version, m);
  refusals(m, patch, today);
  const { version, ...fields } = patch;
  try {
    await runBatch(db, [
      db
        .update(meetings)
        .set({ ...fields, version: version + 1 })
        .where(and(eq(meetings.id, id), eq(meetings.version, version))),
      db.insert(changeLog).values({ actor: actorOf(caller), entity: "meetings", entityId: idIfChanged(String(id)), action: "update", after: fields }),
    ]);
  } catch (e) {
    if (!lostRace(e)) throw e;
    throw stale(version, await findMeeting(db, id));
  }
  return (await findMeeting(db, id))!;
}
