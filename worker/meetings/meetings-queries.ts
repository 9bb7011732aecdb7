import { and, asc, eq, gte, inArray, lte, or, type SQL } from "drizzle-orm";
import { matters, meetingAttendees, meetingDecisions, meetings, topics, units } from "../../schema/tables";
import type { Matter, Meeting, MeetingDecision, Topic } from "../../schema/tables";
import type { Db } from "../platform/db";
import { chunkForD1 } from "../platform/batch";

export interface TopicRecord extends Topic {
  proposer: string;
}

export interface DecisionRecord extends MeetingDecision {
  lead: string;
  co: string[];
  matter: Pick<Matter, "id" | "status" | "deadline" | "settled"> | null;
}

/** A meeting as stored, with its invited units (and how they attended), agenda and decisions. */
export interface MeetingRecord extends Meeting {
  invited: { unitId: number; name: string; status: string | null; delegate: string | null }[];
  agenda: TopicRecord[];
  decisions: DecisionRecord[];
}

export interface MeetingFilter {
  /** Only meetings this unit is invited to. */
  unitId?: number;
  year?: number;
  id?: number;
}

/** Meetings matching the filter, by date then id, with their details. */
export async function listMeetings(db: Db, f: MeetingFilter): Promise<MeetingRecord[]> {
  const where: SQL[] = [];
  if (f.id !== undefined) where.push(eq(meetings.id, f.id));
  if (f.year !== undefined) where.push(and(gte(meetings.date, `${f.year}-01-01`), lte(meetings.date, `${f.year}-12-31`))!);
  if (f.unitId !== undefined) {
    where.push(inArray(meetings.id, db.select({ id: meetingAttendees.meetingId }).from(meetingAttendees).where(eq(meetingAttendees.unitId, f.unitId))));
  }
  const rows = await db.select().from(meetings).where(and(...where)).orderBy(asc(meetings.date), asc(meetings.id));
  return withDetails(db, rows);
}

/** One meeting with its details, or null. */
export async function findMeeting(db: Db, id: number): Promise<MeetingRecord | null> {
  const [m] = await listMeetings(db, { id });
  return m ?? null;
}

async function withDetails(db: Db, rows: Meeting[]): Promise<MeetingRecord[]> {
  if (rows.length === 0) return [];
  const names = new Map((await db.select({ id: units.id, name: units.name }).from(units)).map((u) => [u.id, u.name]));
  const out: MeetingRecord[] = [];
  for (const chunk of chunkForD1(rows, 1)) {
    const ids = chunk.map((m) => m.id);
    const [attendees, decisions, agenda] = await db.batch([
      db
        .select({ meetingId: meetingAttendees.meetingId, unitId: meetingAttendees.unitId, status: meetingAttendees.status, delegate: meetingAttendees.delegate })
        .from(meetingAttendees)
        .innerJoin(units, eq(units.id, meetingAttendees.unitId))
        .where(inArray(meetingAttendees.meetingId, ids))
        .orderBy(asc(units.sortOrder), asc(units.id)),
      db.select().from(meetingDecisions).where(inArray(meetingDecisions.meetingId, ids)).orderBy(asc(meetingDecisions.no)),
      db.select().from(topics).where(and(inArray(topics.meetingId, ids), eq(topics.status, "列入议程"))).orderBy(asc(topics.id)),
    ]);
    const turned = await mattersOf(db, decisions.flatMap((d) => (d.matterId === null ? [] : [d.matterId])));
    for (const m of chunk) {
      out.push({
        ...m,
        invited: attendees.filter((a) => a.meetingId === m.id).map(({ unitId, status, delegate }) => ({ unitId, name: names.get(unitId) ?? "", status, delegate })),
        agenda: agenda.filter((t) => t.meetingId === m.id).map((t) => ({ ...t, proposer: names.get(t.proposerUnitId) ?? "" })),
        decisions: decisions
          .filter((d) => d.meetingId === m.id)
          .map((d) => ({ ...d, lead: names.get(d.leadUnitId) ?? "", co: d.coUnitIds.map((id) => names.get(id) ?? ""), matter: turned.get(d.matterId ?? 0) ?? null })),
      });
    }
  }
  return out;
}

/** The state-bearing fields of these matters, by id (a separate read: D1 folds same-named columns of a join). */
async function mattersOf(db: Db, ids: number[]) {
  const out = new Map<number, DecisionRecord["matter"] & object>();
  for (const part of chunkForD1(ids, 1)) {
    const rows = await db.select({ id: matters.id, status: matters.status, deadline: matters.deadline, settled: matters.settled }).from(matters).where(inArray(matters.id, part));
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

/**
 * Topics a caller may see, oldest first: every one, or for a unit those it proposed and those on
 * the agenda of a meeting it is invited to.
 */
export async function listTopics(db: Db, unitId: number | undefined): Promise<TopicRecord[]> {
  const where =
    unitId === undefined
      ? undefined
      : or(
          eq(topics.proposerUnitId, unitId),
          and(
            eq(topics.status, "列入议程"),
            inArray(topics.meetingId, db.select({ id: meetingAttendees.meetingId }).from(meetingAttendees).where(eq(meetingAttendees.unitId, unitId))),
          ),
        );
  const rows = await db.select({ t: topics, proposer: units.name }).from(topics).innerJoin(units, eq(units.id, topics.proposerUnitId)).where(where).orderBy(asc(topics.id));
  return rows.map(({ t, proposer }) => ({ ...t, proposer }));
}

/** One topic with its proposer's name, or null. */
export async function findTopic(db: Db, id: number): Promise<TopicRecord | null> {
  const [row] = await db.select({ t: topics, proposer: units.name }).from(topics).innerJoin(units, eq(units.id, topics.proposerUnitId)).where(eq(topics.id, id));
  return row ? { ...row.t, proposer: row.proposer } : null;
}

/** The ids of the units invited to a meeting. */
export async function invitedUnitIds(db: Db, meetingId: number): Promise<number[]> {
  const rows = await db.select({ unitId: meetingAttendees.unitId }).from(meetingAttendees).where(eq(meetingAttendees.meetingId, meetingId));
  return rows.map((r) => r.unitId);
}
