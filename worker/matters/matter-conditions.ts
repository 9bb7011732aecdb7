import { and, eq, gte, inArray, lte, sql } from "drizzle-orm";
import { matters } from "../../schema/tables";
import { deadlineYearSpan } from "../../domain/matters/deadline-in-year";

/** The status of an open matter: the only one a reminder, an extension or an overdue mark concerns. */
export const openStatus = "办理中";

/**
 * The statuses of a matter the lead unit has settled: waiting for the office's review, or closed
 * after it. Both count with the date the unit gave (a return moves the matter back to 办理中), so
 * a settlement waiting for review past its deadline is not overdue when it was given on time.
 * A cancelled matter (已撤销) is neither open nor settled: it counts nowhere.
 */
export const settledStatuses = ["待审核", "已办结"] as const;

/** Matters the lead unit has settled (waiting for review or closed). */
export const isSettled = inArray(matters.status, [...settledStatuses]);

/** Open matters (办理中). */
export const isOpen = eq(matters.status, openStatus);

/** Matters whose deadline falls in year Y (`deadlineInYear`), as a query condition. */
export function deadlineInYearCondition(year: number) {
  const { first, last } = deadlineYearSpan(year);
  return and(gte(matters.deadline, first), lte(matters.deadline, last));
}

/** 1 when the matter was settled on or before its deadline, else 0 (for SUM). */
export const settledOnTime = sql<number>`case when ${isSettled} and ${matters.settled} <= ${matters.deadline} then 1 else 0 end`;
