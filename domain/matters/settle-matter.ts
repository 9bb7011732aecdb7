/** Why a settlement is refused, as a column and a sentence the user reads. */
export interface SettleRefusal {
  column: "settled" | "status";
  code: "before_assigned" | "after_today" | "already_settled" | "awaiting_review" | "cancelled";
  message: string;
}

export type SettleOutcome = { ok: true; onTime: boolean } | { ok: false; refusal: SettleRefusal };

/**
 * Checks a settlement (办结) of a matter on `settled` and computes `onTime`: true when settled on
 * or before the deadline. Refused when the matter is already settled, waiting for review or
 * cancelled (only an open matter, 办理中, is settled), when `settled` is before the day it was
 * assigned, or after `today` (a settlement cannot be dated in the future).
 * A settlement drafted under sign-off counts from the day it was submitted (`submitted`): it is
 * on time only when that day, too, is on or before the deadline.
 */
export function settleMatter(
  matter: { assigned: string; deadline: string; status: string },
  settled: string,
  today: string,
  submitted?: string,
): SettleOutcome {
  if (matter.status === "已办结") {
    return { ok: false, refusal: { column: "status", code: "already_settled", message: "该事项已办结，不能再次办结" } };
  }
  if (matter.status === "待审核") {
    return { ok: false, refusal: { column: "status", code: "awaiting_review", message: "该事项已报办结，正等待办公室审核" } };
  }
  if (matter.status === "已撤销") {
    return { ok: false, refusal: { column: "status", code: "cancelled", message: "该事项已撤销，不能办结" } };
  }
  if (settled < matter.assigned) {
    return {
      ok: false,
      refusal: { column: "settled", code: "before_assigned", message: `办结日期（${settled}）早于交办日期（${matter.assigned}）` },
    };
  }
  if (settled > today) {
    return { ok: false, refusal: { column: "settled", code: "after_today", message: `办结日期（${settled}）晚于今天（${today}）` } };
  }
  return { ok: true, onTime: settledOnTime(settled, matter.deadline, submitted) };
}

/**
 * Whether a settlement dated `settled` (and, when drafted under sign-off, submitted on
 * `submitted`) is on time against `deadline`: both on or before it. Also the judgement a
 * settlement waiting for review (待审核) gets again when a calendar change moves its deadline.
 */
export function settledOnTime(settled: string, deadline: string, submitted?: string | null): boolean {
  return settled <= deadline && (submitted === undefined || submitted === null || submitted <= deadline);
}
