/**
 * Push of 议题, one request per changed row: a new row (no 议题编号) is a unit's proposal,
 * POST /api/v1/topics { title, description, meeting? }; on an existing row the office's choice in
 * 处理结果 (with 会议编号 and 不予采纳理由) is its decision, POST /api/v1/topics/:id/decision. A
 * proposal's own text is not changed in the sheet once sent: such edits are refused in place.
 */
import type { TopicDecisionInput, TopicInput } from "../../schema/contracts/meetings";
import { decideTopic, proposeTopic, type AsTyped } from "../api/endpoints";
import type { Refusal } from "../workbook/types";
import type { Row } from "./snapshot";
import type { SyncContext } from "./context";
import type { PushOutcome, SheetRow } from "./push-reports";
import { isCellRefusal, isConflict, refusalsOf } from "./refusals";

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const same = (a: unknown, b: unknown) => JSON.stringify(isBlank(a) ? null : a) === JSON.stringify(isBlank(b) ? null : b);

/** What to send for one changed row, or why it is refused without sending. */
export type TopicRequest =
  | { kind: "propose"; body: AsTyped<TopicInput> }
  | { kind: "decide"; topic: number; body: AsTyped<TopicDecisionInput> }
  | { kind: "refuse"; refusals: Omit<Refusal, "rowKey">[] };

export function topicRequest(row: Row, old: Row | undefined): TopicRequest {
  if (!old) {
    const body: AsTyped<TopicInput> = { title: row.title ?? "", description: row.description ?? "" };
    if (!isBlank(row.meeting)) body.meeting = row.meeting;
    return { kind: "propose", body };
  }
  const fixed = (["title", "description"] as const).filter((k) => !same(row[k], old[k]));
  if (fixed.length) return { kind: "refuse", refusals: fixed.map((column) => ({ column, message: "议题提出后此列不能在表中修改；如需调整请重新提出议题", kind: "refused" as const })) };
  if (same(row.status, old.status)) {
    return { kind: "refuse", refusals: [{ column: "status", message: "请在“处理结果”列选择“列入议程”或“不予采纳”后再提交", kind: "invalid" }] };
  }
  const body: AsTyped<TopicDecisionInput> = { decision: row.status };
  if (!isBlank(row.meeting)) body.meeting = row.meeting;
  if (!isBlank(row.reason)) body.reason = row.reason;
  return { kind: "decide", topic: row.id as number, body };
}

/** The decision's `decision` is the sheet's 处理结果. */
const SHEET_COLUMN: Record<string, string> = { decision: "status" };

/** Sends the changed rows one by one; an outage stops the loop, the rows not sent are kept as typed. */
export async function pushTopics(ctx: SyncContext, changed: SheetRow[], pulled: Row[]): Promise<PushOutcome> {
  const outcome: PushOutcome = { saved: 0, refusals: [], conflicts: [], keepLocal: [], unsent: 0 };
  const before = new Map(pulled.map((r) => [r.id, r]));
  for (const [n, { index, row }] of changed.entries()) {
    const request = topicRequest(row, typeof row.id === "number" ? before.get(row.id) : undefined);
    try {
      ctx.signal.throwIfAborted();
      ctx.progress(`提交议题 ${n + 1}/${changed.length}`, n / changed.length);
      if (request.kind === "refuse") {
        outcome.refusals.push(...request.refusals.map((r) => ({ ...r, rowKey: index })));
        outcome.keepLocal.push(index);
        continue;
      }
      if (request.kind === "propose") await proposeTopic(ctx.api, request.body, { signal: ctx.signal });
      else await decideTopic(ctx.api, request.topic, request.body, { signal: ctx.signal });
      outcome.saved++;
    } catch (err) {
      if (isCellRefusal(err) || isConflict(err)) {
        const fallback = request.kind === "propose" ? "title" : "status";
        outcome.refusals.push(...refusalsOf(err, [index], fallback).map((r) => ({ ...r, column: SHEET_COLUMN[r.column] ?? r.column })));
        outcome.keepLocal.push(index);
        continue;
      }
      outcome.failure = err;
      const rest = changed.slice(n).map((c) => c.index);
      outcome.keepLocal.push(...rest);
      outcome.unsent = rest.length;
      break;
    }
  }
  return outcome;
}
