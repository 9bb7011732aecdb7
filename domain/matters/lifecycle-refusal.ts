/** The office's changes to a matter's course besides settling and reviewing it. */
export type LifecycleStep = "correct" | "reopen" | "cancel";

/** Why a step is refused: the matter's status does not allow it (answered 409). */
export interface LifecycleRefusal {
  code: "not_open" | "not_closed" | "cancelled";
  message: string;
}

/**
 * Whether the office may take `step` on a matter of `status`, or why not:
 * - correct (更正): an open matter only (办理中 or 待审核);
 * - reopen (重新打开): a closed matter only (已办结);
 * - cancel (撤销): any matter not yet closed or cancelled (办理中 or 待审核); a closed one is
 *   reopened first, so a score already given is never silently withdrawn.
 * Null when allowed.
 */
export function lifecycleRefusal(step: LifecycleStep, status: string): LifecycleRefusal | null {
  if (status === "已撤销") return { code: "cancelled", message: "该事项已撤销" };
  const open = status === "办理中" || status === "待审核";
  if (step === "reopen") return status === "已办结" ? null : { code: "not_closed", message: "只有已办结的事项可以重新打开" };
  if (open) return null;
  return step === "correct"
    ? { code: "not_open", message: "事项已办结，请先重新打开再更正" }
    : { code: "not_open", message: "事项已办结，请先重新打开再撤销" };
}
