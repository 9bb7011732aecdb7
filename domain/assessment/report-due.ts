import { deadlineAfter, type WorkCalendar } from "../calendar";
import { reportingPeriods, type ReportingPeriod } from "./reporting-periods";

/** Progress reports are due by the 10th working day after their period ends. */
export const reportDueWorkdays = 10;

/** The day a report for a period ending on `periodEnd` is due (YYYY-MM-DD). */
export function reportDue(periodEnd: string, cal: WorkCalendar): string {
  return deadlineAfter(periodEnd, reportDueWorkdays, cal).deadline;
}

/**
 * The periods of year Y whose reports are due on or before `today`, in order, each with its due
 * day: only those count in the report rate.
 */
export function periodsDueBy(year: number, cycle: "quarterly" | "monthly", cal: WorkCalendar, today: string): (ReportingPeriod & { due: string })[] {
  return reportingPeriods(year, cycle)
    .map((p) => ({ ...p, due: reportDue(p.end, cal) }))
    .filter((p) => p.due <= today);
}

/** A report is on time when it was submitted on or before its due day. */
export function reportOnTime(submittedOn: string, due: string): boolean {
  return submittedOn <= due;
}
