/**
 * True for a real calendar date written exactly as `YYYY-MM-DD` (proleptic Gregorian calendar).
 * Plain code with no imports, so the contracts and the domain share one check.
 *
 * @example isValidIsoDate("2024-02-29") // true
 * @example isValidIsoDate("2026-02-30") // false (no such day)
 * @example isValidIsoDate("2026-2-3")   // false (not zero-padded)
 */
export function isValidIsoDate(s: string): boolean {
  const m = typeof s === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
