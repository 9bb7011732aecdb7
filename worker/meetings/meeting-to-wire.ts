import { matterState } from "../../domain/matters/matter-state";
import type { DecisionWire, MeetingWire, TopicWire } from "../../schema/contracts/meetings";
import type { StateContext } from "../matters/matter-to-wire";
import type { DecisionRecord, MeetingRecord, TopicRecord } from "./meetings-queries";

export function topicToWire(t: TopicRecord): TopicWire {
  return {
    id: t.id,
    title: t.title,
    description: t.description,
    proposer: t.proposer,
    meeting: t.meetingId,
    status: t.status as TopicWire["status"],
    reason: t.reason,
  };
}

/** A decision with the matter it became and that matter's state on `ctx.today`. */
export function decisionToWire(d: DecisionRecord, ctx: StateContext): DecisionWire {
  const m = d.matter;
  const s = m && matterState(m, ctx.today, ctx.cal, ctx.dueSoonWorkdays);
  return {
    no: d.no,
    text: d.text,
    lead: d.lead,
    co: d.co,
    days: d.days,
    matter: m && s ? { id: m.id, status: m.status as NonNullable<DecisionWire["matter"]>["status"], state: s.state, colour: s.colour, deadline: m.deadline } : null,
  };
}

/** A meeting as the API shows it. */
export function meetingToWire(r: MeetingRecord, ctx: StateContext): MeetingWire {
  return {
    id: r.id,
    kind: r.kind as MeetingWire["kind"],
    date: r.date,
    convener: r.convener,
    place: r.place,
    invited: r.invited.map((a) => ({ unit: a.name, status: a.status as MeetingWire["invited"][number]["status"], delegate: a.delegate })),
    agenda: r.agenda.map(topicToWire),
    minutes: r.minutesNo !== null && r.minutesDate !== null ? { number: r.minutesNo, date: r.minutesDate, decisions: r.decisions.map((d) => decisionToWire(d, ctx)) } : null,
    version: r.version,
  };
}
