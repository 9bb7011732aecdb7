import { and, gte, lte, sql } from "drizzle-orm";
import { matters } from "../../schema/tables";
import { deadlineYearSpan } from "../../domain/matters/deadline-in-year";

/** The status of a settled matter. */
export const settledStatus = "已办结";

/** Matters whose deadline falls in year Y (`deadlineInYear`), as a query condition. */
export function deadlineInYearCondition(year: number) {
  const { first, last } = deadlineYearSpan(year);
  return and(gte(matters.deadline, first), lte(matters.deadline, last));
}

/** 1 when the matter was settled on or before its deadline, else 0 (for SUM). */
export const settledOnTime = sql<number>`case when ${matters.status} = ${settledStatus} and ${matters.settled} <= ${matters.deadline} then 1 else 0 end`;
