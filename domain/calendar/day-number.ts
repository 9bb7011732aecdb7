// Private helpers: days as integers counted from 1970-01-01 (day 0, a Thursday), in the
// proleptic Gregorian calendar. No `Date`, so no time zone or DST can shift a day.

/** Day number of a civil date (H. Hinnant's days_from_civil). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number: [year, month, day]. */
export function civilOf(n: number): [number, number, number] {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function isWeekend(n: number): boolean {
  const w = weekdayOf(n);
  return w === 0 || w === 6;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The digit at `i` of `s` (0–9), or -1. */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * Parses a strict `YYYY-MM-DD`; null when the text is not a real date. Reads the characters
 * directly (no regular expression, no round trip through the civil date): the engine parses one
 * date per question, so this is most of a question's cost.
 */
export function parseIsoDay(s: string): number | null {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  const y0 = digitAt(s, 0), y1 = digitAt(s, 1), y2 = digitAt(s, 2), y3 = digitAt(s, 3);
  const m0 = digitAt(s, 5), m1 = digitAt(s, 6), d0 = digitAt(s, 8), d1 = digitAt(s, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return null;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return null;
  const last = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day <= last ? dayNumberOf(year, month, day) : null;
}

/** Formatted days, by day number minus FORMATTED_FROM: each day is written once per isolate. */
const FORMATTED_FROM = dayNumberOf(1900, 1, 1);
const FORMATTED_TO = dayNumberOf(2199, 12, 31);
const formatted: string[] = [];

function writeIsoDay(n: number): string {
  const [y, m, d] = civilOf(n);
  if (y < 0 || y > 9999) throw new RangeError(`date falls outside years 0000–9999 (day ${n})`);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Formats a day number as `YYYY-MM-DD`; years outside 0000–9999 cannot be written. */
export function formatIsoDay(n: number): string {
  if (n < FORMATTED_FROM || n > FORMATTED_TO) return writeIsoDay(n);
  return (formatted[n - FORMATTED_FROM] ??= writeIsoDay(n));
}

/** Parses an argument or throws a RangeError naming it. */
export function dayArgument(name: string, s: string): number {
  const n = typeof s === "string" ? parseIsoDay(s) : null;
  if (n === null) throw new RangeError(`${name}: not a valid YYYY-MM-DD date: ${String(s)}`);
  return n;
}
