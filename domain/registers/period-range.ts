/** The first and last day of a statistics period (定期统计), both `YYYY-MM-DD`, inclusive. */
export type DayRange = { from: string; to: string };

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) => [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
const months = (y: number, first: number, last: number): DayRange => ({ from: `${y}-${pad(first)}-01`, to: `${y}-${pad(last)}-${pad(lastDay(y, last))}` });

/**
 * The days of a period written as a year (`2026`), a half (`2026-H1`), a quarter (`2026-Q3`) or a
 * month (`2026-07`). Null for anything else (the route refuses it naming `period`).
 */
export function periodRange(period: string): DayRange | null {
  const m = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/.exec(period);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[2]) return m[2] === "1" ? months(y, 1, 6) : months(y, 7, 12);
  if (m[3]) return months(y, Number(m[3]) * 3 - 2, Number(m[3]) * 3);
  if (m[4]) return months(y, Number(m[4]), Number(m[4]));
  return months(y, 1, 12);
}
