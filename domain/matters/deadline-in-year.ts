/**
 * The first and last day of year Y (YYYY-MM-DD): a matter belongs to year Y for the assessment
 * and the summary when its (current) deadline falls between them, both included.
 */
export function deadlineYearSpan(year: number): { first: string; last: string } {
  const y = String(year).padStart(4, "0");
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/**
 * True when `deadline` (YYYY-MM-DD) falls in year Y.
 *
 * @example deadlineInYear("2025-12-31", 2025) // true
 * @example deadlineInYear("2026-01-01", 2025) // false
 */
export function deadlineInYear(deadline: string, year: number): boolean {
  const { first, last } = deadlineYearSpan(year);
  return deadline >= first && deadline <= last;
}
