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

/** Parses a strict `YYYY-MM-DD`; null when the text is not a real date. */
export function parseIsoDay(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  const n = dayNumberOf(year, month, day);
  const [y2, m2] = civilOf(n);
  return y2 === year && m2 === month ? n : null;
}

/** Formats a day number as `YYYY-MM-DD`; years outside 0000–9999 cannot be written. */
export function formatIsoDay(n: number): string {
  const [y, m, d] = civilOf(n);
  if (y < 0 || y > 9999) throw new RangeError(`date falls outside years 0000–9999 (day ${n})`);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Parses an argument or throws a RangeError naming it. */
export function dayArgument(name: string, s: string): number {
  const n = typeof s === "string" ? parseIsoDay(s) : null;
  if (n === null) throw new RangeError(`${name}: not a valid YYYY-MM-DD date: ${String(s)}`);
  return n;
}
