import type { ReportingCycle } from "../../schema/values";
import { reportingPeriods } from "./reporting-periods";

/**
 * The periods a report may be written for on `today` (YYYY-MM-DD): every period of last year and
 * this year's periods that have begun, for each cycle in use (the ledger's and any task's own),
 * newest first, each code once. A new input list is returned.
 */
export function openPeriods(today: string, cycles: readonly ReportingCycle[]): string[] {
  const year = Number(today.slice(0, 4));
  if (!Number.isInteger(year) || !/^\d{4}-\d{2}-\d{2}$/.test(today)) return [];
  const month = Number(today.slice(5, 7));
  const begun = (code: string) => {
    const q = /-Q([1-4])$/.exec(code);
    const first = q ? (Number(q[1]) - 1) * 3 + 1 : Number(code.slice(5, 7));
    return first <= month;
  };
  const withEnd = [...new Set(cycles)].flatMap((cycle) => [
    ...reportingPeriods(year - 1, cycle),
    ...reportingPeriods(year, cycle).filter((p) => begun(p.period)),
  ]);
  // Newest end first; a quarter comes before the month that ends on the same day.
  withEnd.sort((a, b) => (a.end === b.end ? (a.period.includes("Q") ? -1 : 1) : a.end < b.end ? 1 : -1));
  return [...new Set(withEnd.map((p) => p.period))];
}
