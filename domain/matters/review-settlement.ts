import type { ReviewDecision } from "../../schema/values";

/** Why a review is refused, as a column and a sentence the user reads. */
export interface ReviewRefusal {
  /** 409 when the matter is not waiting for review; 422 when the request itself is incomplete. */
  status: 409 | 422;
  column: "status" | "note";
  code: "not_awaiting_review" | "reason_required";
  message: string;
}

/** What a review writes: the matter's new fields and the review record of the settlement. */
export interface ReviewChange {
  matter: { status: "已办结" | "办理中"; settled: string | null; result: string | null; onTime: boolean | null; returns: number };
  review: { settled: string; result: string; onTime: boolean; decision: ReviewDecision; note: string | null };
}

export type ReviewOutcome = { ok: true; change: ReviewChange } | { ok: false; refusal: ReviewRefusal };

/**
 * The office's review (审核) of a settlement waiting for it (待审核). 通过 closes the matter
 * (已办结) with the settlement date, result and on-time flag the unit gave. 退回 needs a reason
 * (`note`, not blank): the matter goes back to 办理中 with its deadline unchanged, the settlement
 * is cleared from the matter (it stays in the review record) and the return is counted.
 * Refused when the matter is not waiting for review. The matter given is not modified.
 */
export function reviewSettlement(
  matter: Readonly<{ status: string; settled: string | null; result: string | null; onTime: boolean | null; returns: number }>,
  decision: ReviewDecision,
  note: string | null | undefined,
): ReviewOutcome {
  if (matter.status !== "待审核" || matter.settled === null || matter.result === null) {
    const message = matter.status === "已办结" ? "该事项已审核办结" : "该事项不在待审核状态，不能审核";
    return { ok: false, refusal: { status: 409, column: "status", code: "not_awaiting_review", message } };
  }
  const reason = note?.trim() ? note.trim() : null;
  const onTime = matter.onTime ?? false;
  const review = { settled: matter.settled, result: matter.result, onTime, decision, note: reason };
  if (decision === "通过") {
    return { ok: true, change: { matter: { status: "已办结", settled: matter.settled, result: matter.result, onTime, returns: matter.returns }, review } };
  }
  if (reason === null) {
    return { ok: false, refusal: { status: 422, column: "note", code: "reason_required", message: "退回时请填写退回理由" } };
  }
  return { ok: true, change: { matter: { status: "办理中", settled: null, result: null, onTime: null, returns: matter.returns + 1 }, review } };
}
