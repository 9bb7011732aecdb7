/**
 * Wire rows → sheet rows for the plan's mechanisms: a research item becomes one 联合调研 row per
 * party (the office first) with its answer to the current draft; a task force becomes one 专班
 * row with its members, matters (and their state) and latest log entry. Pure functions, no Office.
 */
import type { ResearchWire } from "../../schema/contracts/research";
import type { TaskforceWire } from "../../schema/contracts/taskforces";
import type { Row } from "./snapshot";

/** What 审定意见 shows for a party that has not answered the current draft. */
export const NOT_ANSWERED = "待审定";

export function researchRows(items: readonly ResearchWire[]): Row[] {
  return items.flatMap((r) =>
    r.approvals.map((a) => ({
      key: `${r.id}/${a.unit}`,
      id: r.id,
      topic: r.topic,
      lead: r.lead,
      draftKind: r.draft.kind,
      draftTitle: r.draft.title,
      draftVersion: r.draft.version,
      unit: a.unit,
      decision: a.decision ?? NOT_ANSWERED,
      opinion: a.opinion,
      on: a.on,
      approvalsDue: r.draft.approvalsDue,
      onTime: a.onTime,
      status: r.status,
      docNo: r.docNo,
    })),
  );
}

/** A member as 组长 and 成员 show one: 姓名（单位·方）; a new task force's members are typed so (see taskforce-members.ts). */
const person = (m: TaskforceWire["members"][number]) => `${m.name ?? `人员${m.person}`}（${[m.unit, m.side].filter(Boolean).join("·")}）`;

export function taskforceRows(items: readonly TaskforceWire[]): Row[] {
  return items.map((t) => {
    const last = t.log[t.log.length - 1];
    return {
      id: t.id,
      name: t.name,
      serves: t.serves,
      matter: t.matter,
      status: t.status,
      leaders: t.members.filter((m) => m.role === "组长").map(person),
      members: t.members.filter((m) => m.role === "成员").map(person),
      matters: t.matters.map((m) => `#${m.id} ${m.title}（${m.state}）`),
      openMatters: t.matters.filter((m) => m.settled === null && m.status !== "已撤销").length,
      lastLog: last ? `${last.on} ${last.kind}：${last.text}` : null,
      endNote: t.endNote,
      endedOn: t.endedOn,
      version: t.version,
    };
  });
}

/** 专班工作记录: one row per log entry of every task force, by task force then day. */
export function taskforceLogRows(items: readonly TaskforceWire[]): Row[] {
  return items.flatMap((t) => t.log.map((e) => ({ id: e.id, taskforce: t.name, date: e.on, kind: e.kind, text: e.text, taskforceId: t.id })));
}
