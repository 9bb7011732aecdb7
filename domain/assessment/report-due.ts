import { deadlineAfter, type WorkCalendar } from "../calendar";
import type { ReportingCycle } from "../../schema/values";
import { reportingPeriods, type ReportingPeriod } from "./reporting-periods";

/** Progress reports are due by the 10th working day after their period ends. */
export const reportDueWorkdays = 10;

/** The day a report for a period ending on `periodEnd` is due (YYYY-MM-DD). */
export function reportDue(periodEnd: string, cal: WorkCalendar): string {
  return deadlineAfter(periodEnd, reportDueWorkdays, cal).deadline;
}

/**
 * The periods of year Y whose reports are due on or before `today` and not before `from` (the
 * year's assessment start, YYYY-MM-DD; default: none), in order, each with its due day: only
 * those count in the report rate.
 */
export function periodsDueBy(year: number, cycle: ReportingCycle, cal: WorkCalendar, today: string, from = ""): (ReportingPeriod & { due: string })[] {
  return reportingPeriods(year, cycle)
    .map((p) => ({ ...p, due: reportDue(p.end, cal) }))
    .filter((p) => p.due <= today && p.due >= from);
}

/** A report is on time when it was submitted on or before its due day. */
export function reportOnTime(submittedOn: string, due: string): boolean {
  return submittedOn <= due;
}
