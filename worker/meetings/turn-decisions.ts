import { and, eq, isNull, sql } from "drizzle-orm";
import { changeLog, matters, meetingDecisions } from "../../schema/tables";
import type { TurnDecisionsInput } from "../../schema/contracts/meetings";
import type { ErrorDetail } from "../../schema/contracts/errors";
import { meetingMatterSources, type MeetingKind } from "../../schema/values";
import type { Db } from "../platform/db";
import { runBatch, type Write } from "../platform/batch";
import { actorOf, type Caller } from "../platform/env";
import { conflict, detail, unprocessable } from "../platform/errors";
import { guardedInsert } from "../platform/guarded-insert";
import { idIfChanged, lostRace } from "../platform/guarded-log";
import { loadWorkCalendar } from "../calendar/calendar-queries";
import { justInsertedMatterId, newMatterValues, newMatterWrites } from "../matters/matters-create";
import { findMeeting, type DecisionRecord, type MeetingRecord } from "./meetings-queries";
import { missingMeeting } from "./meetings-write";

/** How a matter names the decision it came from: the minutes number and the decision's number. */
export const decisionSourceRef = (minutesNo: string, no: number) => `${minutesNo}第${no}项决定`;

/** A matter's title from a decision's text: its first line, at most 200 characters. */
const titleOf = (text: string) => (text.trim().split(/\r?\n/)[0] ?? "").trim().slice(0, 200);

/** The chosen decisions, checked: each in the minutes, none twice, none already a matter (409). */
function chosenDecisions(m: MeetingRecord, input: TurnDecisionsInput): DecisionRecord[] {
  if (m.minutesNo === null) throw unprocessable("该会议尚未录入会议纪要", [detail(null, "decisions", "no_minutes", "请先录入会议纪要及其决定")]);
  const invalid: ErrorDetail[] = [];
  const chosen = input.decisions.flatMap((no, i) => {
    const d = m.decisions.find((x) => x.no === no);
    if (!d) invalid.push(detail(i, "decisions", "unknown_decision", `纪要中没有第${no}项决定`));
    else if (input.decisions.indexOf(no) !== i) invalid.push(detail(i, "decisions", "duplicate", `第${no}项决定重复`));
    else return [d];
    return [];
  });
  if (invalid.length) throw unprocessable("所选决定有误，未转办", invalid);
  const turned = input.decisions.flatMap((no, i) => {
    const d = chosen.find((x) => x.no === no)!;
    return d.matterId === null ? [] : [detail(i, "decisions", "already_turned", `第${no}项决定已转为督办事项（编号 ${d.matterId}）`)];
  });
  if (turned.length) throw conflict("所选决定中已有转为督办事项的，本次未转办任何决定", {}, turned);
  return chosen;
}

/**
 * Turns chosen decisions of a meeting's minutes into matters in one batch (office only): each a
 * matter with the meeting's source (会议纪要 / 专题会议), the minutes and decision number as its
 * source reference, the decision's lead and co-units and days, due `days` working days after
 * `assigned`; the decision then names its matter. A decision already turned is refused (409
 * naming it) and nothing of the call is written; a concurrent call that turned one first loses
 * the race the same way (its guarded insert writes nothing and the batch rolls back).
 */
export async function turnDecisions(db: Db, caller: Caller, id: number, input: TurnDecisionsInput): Promise<{ meeting: MeetingRecord; matters: { decision: number; matter: number }[] }> {
  const [m, cal] = await Promise.all([findMeeting(db, id), loadWorkCalendar(db)]);
  if (!m) throw missingMeeting();
  const chosen = chosenDecisions(m, input);
  const source = meetingMatterSources[m.kind as MeetingKind];
  const actor = actorOf(caller);
  const writes: Write[] = chosen.flatMap((d) => decisionWrites(db, m, d, { source, assigned: input.assigned, actor, cal }));
  try {
    await runBatch(db, writes);
  } catch (e) {
    if (!lostRace(e)) throw e;
    const now = await findMeeting(db, id);
    const taken = (now?.decisions ?? []).filter((d) => d.matterId !== null && input.decisions.includes(d.no));
    throw conflict(
      "所选决定中已有转为督办事项的，本次未转办任何决定",
      {},
      taken.map((d) => detail(input.decisions.indexOf(d.no), "decisions", "already_turned", `第${d.no}项决定已转为督办事项（编号 ${d.matterId}）`)),
    );
  }
  const after = (await findMeeting(db, id))!;
  return { meeting: after, matters: chosen.map((d) => ({ decision: d.no, matter: after.decisions.find((x) => x.no === d.no)!.matterId! })) };
}

type Turn = { source: string; assigned: string; actor: string; cal: Parameters<typeof newMatterValues>[2] };

/** One decision's writes: the guarded matter insert, its log row and units, then the link from the decision. */
function decisionWrites(db: Db, m: MeetingRecord, d: DecisionRecord, t: Turn): Write[] {
  const minutesNo = m.minutesNo!;
  const values = newMatterValues(
    { title: titleOf(d.text), taskNo: null, source: t.source, sourceRef: decisionSourceRef(minutesNo, d.no), assigned: t.assigned, days: d.days },
    d.leadUnitId,
    t.cal,
  );
  const now = Date.now();
  const notTurned = sql`not exists (select 1 from ${meetingDecisions} where ${meetingDecisions.id} = ${d.id} and ${meetingDecisions.matterId} is not null)`;
  const insert = guardedInsert(
    db,
    matters,
    {
      ...values,
      id: null,
      provisional: values.provisional ? 1 : 0,
      status: "办理中",
      overdueSince: null,
      settled: null,
      result: null,
      onTime: null,
      returns: 0,
      version: 1,
      createdAt: now,
      updatedAt: now,
    },
    notTurned,
  );
  const after = { id: 0, ...values, lead: d.lead, co: d.co, status: "办理中", version: 1, decision: { meeting: m.id, minutesNo, no: d.no } };
  return [
    insert,
    ...newMatterWrites(db, { leadId: d.leadUnitId, coIds: d.coUnitIds, actor: t.actor, after, guarded: true }),
    db
      .update(meetingDecisions)
      .set({ matterId: justInsertedMatterId })
      .where(and(eq(meetingDecisions.id, d.id), isNull(meetingDecisions.matterId))),
    db.insert(changeLog).values({
      actor: t.actor,
      entity: "meeting_decisions",
      entityId: idIfChanged(String(d.id)),
      action: "turn_into_matter",
      after: sql`json_object('meeting', ${m.id}, 'no', ${d.no}, 'matter', ${justInsertedMatterId})`,
    }),
  ];
}
