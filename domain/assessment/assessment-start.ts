/**
 * The first day of year Y on which anything falling due counts in the assessment: the ledger's
 * go-live day in the year it went live, 1 January in later years. For a year wholly before the
 * go-live day the start lies after the year, so nothing of it counts. `goLive` null (never set)
 * means every year starts on 1 January. Days are YYYY-MM-DD, so the later day is the larger string.
 */
export function assessmentStart(year: number, goLive: string | null): string {
  const first = `${year}-01-01`;
  return goLive !== null && goLive > first ? goLive : first;
}
