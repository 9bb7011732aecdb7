import { civilOf, parseIsoDay } from "./day-number";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/**
 * The calendar day `days` days after `day` (`YYYY-MM-DD`), weekends and holidays included, as a
 * reply limit of 两个月 counts. Returns null for text that is not a real date (the same policy as
 * the rest of the calendar: no throw).
 */
export function daysAfter(day: string, days: number): string | null {
  const n = parseIsoDay(day);
  if (n === null || !Number.isInteger(days)) return null;
  const [y, m, d] = civilOf(n + days);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

