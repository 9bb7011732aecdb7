/** A reporting period of a year and the day it ends (reports are due some working days after). */
export interface ReportingPeriod {
  period: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The year's periods in order: 2026-Q1 … 2026-Q4 for the quarterly cycle, 2026-01 … 2026-12
 * for the monthly one, each with its last day (YYYY-MM-DD).
 */
export function reportingPeriods(year: number, cycle: "quarterly" | "monthly"): ReportingPeriod[] {
  if (cycle === "quarterly") {
    return [1, 2, 3, 4].map((q) => ({ period: `${year}-Q${q}`, end: `${year}-${pad(q * 3)}-${lastDay(year, q * 3)}` }));
  }
  return Array.from({ length: 12 }, (_, i) => ({ period: `${year}-${pad(i + 1)}`, end: `${year}-${pad(i + 1)}-${lastDay(year, i + 1)}` }));
}
