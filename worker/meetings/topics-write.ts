import { and, eq } from "drizzle-orm";
import { changeLog, meetings, topics } from "../../schema/tables";
import type { TopicDecisionInput, TopicInput } from "../../schema/contracts/meetings";
import type { Db } from "../platform/db";
import { runBatch } from "../platform/batch";
import { actorOf, type Caller } from "../platform/env";
import { conflict, detail, notFound, unprocessable } from "../platform/errors";
import { idIfChanged, lostRace } from "../platform/guarded-log";
import { findTopic, type TopicRecord } from "./meetings-queries";

async function ensureMeeting(db: Db, id: number) {
  const [m] = await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, id));
  if (!m) throw unprocessable("议题有误，未保存", [detail(null, "meeting", "unknown_meeting", `没有编号为 ${id} 的会议`)]);
}

/**
 * A unit proposes a topic (议题), for a meeting or none; the proposer is the caller's unit. A unit
 * may propose for a meeting it is not invited to: the topic waits for the office like any other.
 */
export async function proposeTopic(db: Db, caller: Caller & { role: "unit" }, input: TopicInput): Promise<TopicRecord> {
  if (input.meeting !== undefined) await ensureMeeting(db, input.meeting);
  const values = { title: input.title, description: input.description, proposerUnitId: caller.unitId, meetingId: input.meeting ?? null };
  const [inserted] = await db.insert(topics).values(values).returning({ id: topics.id });
  const id = inserted!.id;
  await db.insert(changeLog).values({ actor: actorOf(caller), entity: "topics", entityId: String(id), action: "insert", after: { id, ...values } });
  return (await findTopic(db, id))!;
}

/** The office puts a waiting topic on a meeting's agenda, or declines it with a reason. */
export async function decideTopic(db: Db, caller: Caller, id: number, input: TopicDecisionInput): Promise<TopicRecord> {
  const t = await findTopic(db, id);
  if (!t) throw notFound("没有找到该议题");
  if (t.status !== "待处理") throw conflict(`该议题已处理（${t.status}），不能再次处理`, {}, [detail(null, "decision", "decided", `议题当前状态为 ${t.status}`)]);
  const meetingId = input.meeting ?? t.meetingId;
  if (input.decision === "列入议程") {
    if (meetingId === null) throw unprocessable("列入议程时请指明会议", [detail(null, "meeting", "required", "请填写要列入议程的会议编号")]);
    await ensureMeeting(db, meetingId);
  }
  const set = { status: input.decision, reason: input.reason ?? null, meetingId, version: t.version + 1 };
  try {
    await runBatch(db, [
      db
        .update(topics)
        .set(set)
        .where(and(eq(topics.id, id), eq(topics.version, t.version))),
      db.insert(changeLog).values({ actor: actorOf(caller), entity: "topics", entityId: idIfChanged(String(id)), action: "decide", before: { status: t.status }, after: set }),
    ]);
  } catch (e) {
    if (!lostRace(e)) throw e;
    throw conflict("该议题刚被他人处理，本次未保存");
  }
  return (await findTopic(db, id))!;
}
