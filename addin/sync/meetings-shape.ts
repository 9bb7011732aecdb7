/**
 * Meetings as the 会议, 议题 and 会议决定 sheets show them: one 会议 row per invited unit (with how it
 * attended), one 会议决定 row per decision with its matter's state. Pure functions, no Office.
 */
import type { MeetingWire, TopicWire } from "../../schema/contracts/meetings";
import type { Row } from "./snapshot";

/** The 会议 row of one invited unit: meeting number and unit (a meeting has one row per unit). */
export const meetingRowKey = (meeting: number, unit: string) => `${meeting}/${unit}`;

export function meetingRows(meetings: readonly MeetingWire[]): Row[] {
  return meetings.flatMap((m) =>
    m.invited.map((a) => ({
      key: meetingRowKey(m.id, a.unit),
      id: m.id,
      kind: m.kind,
      date: m.date,
      convener: m.convener,
      place: m.place,
      minutesNo: m.minutes?.number ?? "",
      unit: a.unit,
      attendance: a.status ?? "",
      delegate: a.delegate ?? "",
      version: m.version,
    })),
  );
}

export function topicRows(topics: readonly TopicWire[]): Row[] {
  return topics.map((t) => ({ ...t, reason: t.reason ?? "" }));
}

/** The text that names a decision: its minutes number and number, as its matter's source reference does. */
export const decisionRef = (minutesNo: string, no: number) => `${minutesNo}第${no}项决定`;

export function decisionRows(meetings: readonly MeetingWire[]): Row[] {
  return meetings.flatMap((m) =>
    (m.minutes?.decisions ?? []).map((d) => ({
      ref: decisionRef(m.minutes!.number, d.no),
      meeting: m.id,
      minutesNo: m.minutes!.number,
      minutesDate: m.minutes!.date,
      no: d.no,
      text: d.text,
      lead: d.lead,
      co: d.co,
      days: d.days,
      matter: d.matter?.id ?? null,
      status: d.matter?.status ?? "",
      state: d.matter?.state ?? "",
      deadline: d.matter?.deadline ?? null,
    })),
  );
}
