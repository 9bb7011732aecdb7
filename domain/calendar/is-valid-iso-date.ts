import { parseIsoDay } from "./day-number";

/**
 * True for a real calendar date written exactly as `YYYY-MM-DD`.
 *
 * @example isValidIsoDate("2024-02-29") // true
 * @example isValidIsoDate("2026-02-30") // false (no such day)
 * @example isValidIsoDate("2026-2-3")   // false (not zero-padded)
 */
export function isValidIsoDate(s: string): boolean {
  return typeof s === "string" && parseIsoDay(s) !== null;
}
