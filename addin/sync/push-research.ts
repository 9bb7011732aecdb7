/**
 * Push of 联合调研: a party answers the draft its row shows, POST /api/v1/research/:id/approvals
 * { decision, opinion?, draftVersion }, one request per changed row. The API records the answer of
 * the caller's own party (its unit, or 办公室 for the office), so a row of another party is refused
 * in place rather than sent as the caller's answer. A draft replaced since the pull is refused on
 * 稿次: the next pull shows the new draft, and the answer typed stays on the row.
 */
import type { ResearchApprovalInput } from "../../schema/contracts/research";
import type { MeWire } from "../../schema/contracts/me";
import { officeParty } from "../../schema/values";
import { approveResearch, type AsTyped } from "../api/endpoints";
import type { Refusal } from "../workbook/types";
import type { Row } from "./snapshot";
import type { SyncContext } from "./context";
import type { PushOutcome, SheetRow } from "./push-reports";
import { isCellRefusal, isConflict, refusalsOf } from "./refusals";
import { NOT_ANSWERED } from "./mechanisms-shape";

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

/** The party whose row the caller answers on: the office answers as 办公室, a unit as itself. */
export const partyOf = (me: Pick<MeWire, "role" | "unit">): string | null => (me.role === "office" ? officeParty : me.unit);

export type ApprovalRequest = { kind: "approve"; item: number; body: AsTyped<ResearchApprovalInput> } | { kind: "refuse"; refusal: Omit<Refusal, "rowKey"> };

export function approvalRequest(row: Row, party: string | null): ApprovalRequest {
  if (typeof row.id !== "number" || !text(row.unit)) {
    return { kind: "refuse", refusal: { column: "decision", message: "联合调研的审定单位由办公室在系统中确定，不能在表中新增行", kind: "refused" } };
  }
  if (text(row.unit) !== party) {
    return { kind: "refuse", refusal: { column: "decision", message: `只能填写本单位的审定意见，本行是“${text(row.unit)}”的审定`, kind: "forbidden" } };
  }
  if (!text(row.decision) || text(row.decision) === NOT_ANSWERED) {
    return { kind: "refuse", refusal: { column: "decision", message: "请在“审定意见”列选择“同意”或“不同意”", kind: "invalid" } };
  }
  const body: AsTyped<ResearchApprovalInput> = { decision: text(row.decision) };
  if (text(row.opinion)) body.opinion = text(row.opinion);
  if (typeof row.draftVersion === "number") body.draftVersion = row.draftVersion;
  return { kind: "approve", item: row.id, body };
}

export async function pushResearch(ctx: SyncContext, changed: SheetRow[]): Promise<PushOutcome> {
  const outcome: PushOutcome = { saved: 0, refusals: [], conflicts: [], keepLocal: [], unsent: 0 };
  const party = partyOf(ctx.me);
  for (const [n, { index, row }] of changed.entries()) {
    const request = approvalRequest(row, party);
    try {
      ctx.signal.throwIfAborted();
      ctx.progress(`提交联合调研审定 ${n + 1}/${changed.length}`, n / changed.length);
      if (request.kind === "refuse") {
        outcome.refusals.push({ ...request.refusal, rowKey: index });
        outcome.keepLocal.push(index);
        continue;
      }
      await approveResearch(ctx.api, request.item, request.body, { signal: ctx.signal });
      outcome.saved++;
    } catch (err) {
      // A stale draft (409 `stale` on draftVersion) is a refusal of this row too: there is no one's
      // row to set beside it, the new draft is for the party to read.
      if (isCellRefusal(err) || isConflict(err)) {
        outcome.refusals.push(...refusalsOf(err, [index], "decision"));
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
