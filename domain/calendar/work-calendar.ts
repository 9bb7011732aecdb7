import { dayNumberOf, isWeekend, parseIsoDay } from "./day-number";

/** One year of the State Council's holiday arrangement (国务院办公厅关于 YYYY 年部分节假日安排的通知). */
export interface HolidayArrangement {
  year: number;
  /** The notice the dates come from. */
  source: string;
  /** Days off (放假), `YYYY-MM-DD`. */
  off: string[];
  /** Make-up workdays on a weekend (调休上班), `YYYY-MM-DD`. */
  work: string[];
}

/**
 * A one-time index of the loaded years; treat it as opaque and build it with
 * `buildWorkCalendar`. Inside `[firstDay, lastDay]` a prefix sum answers "how many working days
 * before day d" in O(1); outside it only weekends apply and whole weeks are counted arithmetically.
 */
export interface WorkCalendar {
  /** Loaded years in ascending order; empty when nothing is loaded. */
  readonly years: ReadonlyArray<number>;
  readonly firstYear: number | null;
  readonly lastYear: number | null;
  /** Day number of 1 January of `firstYear` (0 when empty). */
  readonly firstDay: number;
  /** Day number of 31 December of `lastYear` (-1 when empty). */
  readonly lastDay: number;
  /** `workdays[i]` = working days in `[firstDay, firstDay + i)`; length `lastDay - firstDay + 2`. */
  readonly workdays: Int32Array;
  /**
   * The inverse of `workdays`: `reachedAt[t]` = the smallest i with `workdays[i] >= t`, for t from
   * 0 to `workdays[workdays.length - 1]`, so that "the day after t working days" is one look-up.
   */
  readonly reachedAt: Int32Array;
  /** `unloadedYears[i]` = years in `[firstYear, firstYear + i)` without an arrangement (gaps). */
  readonly unloadedYears: Int32Array;
}

/**
 * Indexes the arrangements. Throws a RangeError naming the bad argument when a year repeats or
 * a date is not a valid `YYYY-MM-DD` inside its year. A day listed in both `off` and `work`
 * is a working day (work wins). The arrangements are not modified.
 */
export function buildWorkCalendar(arrangements: ReadonlyArray<HolidayArrangement>): WorkCalendar {
  const years = arrangements.map((a) => a.year).sort((a, b) => a - b);
  years.forEach((y, i) => {
    if (!Number.isInteger(y) || y < 1 || y > 9999) throw new RangeError(`arrangements: bad year ${y}`);
    if (i > 0 && years[i - 1] === y) throw new RangeError(`arrangements: year ${y} appears twice`);
  });
  const firstYear = years[0] ?? null;
  const lastYear = years[years.length - 1] ?? null;
  if (firstYear === null || lastYear === null) {
    return { years, firstYear, lastYear, firstDay: 0, lastDay: -1, workdays: new Int32Array(1), reachedAt: new Int32Array(1), unloadedYears: new Int32Array(1) };
  }
  const firstDay = dayNumberOf(firstYear, 1, 1);
  const lastDay = dayNumberOf(lastYear, 12, 31);
  const size = lastDay - firstDay + 1;

  // 1 = working day. Start from Monday–Friday, then apply off, then work.
  const working = new Uint8Array(size);
  for (let i = 0; i < size; i++) working[i] = isWeekend(firstDay + i) ? 0 : 1;
  const mark = (a: HolidayArrangement, list: "off" | "work", value: 0 | 1) =>
    a[list].forEach((s, i) => {
      const n = parseIsoDay(s);
      if (n === null || n < dayNumberOf(a.year, 1, 1) || n > dayNumberOf(a.year, 12, 31)) {
        throw new RangeError(`arrangements[${a.year}].${list}[${i}]: not a valid date in ${a.year}: ${String(s)}`);
      }
      working[n - firstDay] = value;
    });
  arrangements.forEach((a) => mark(a, "off", 0));
  arrangements.forEach((a) => mark(a, "work", 1));

  const workdays = new Int32Array(size + 1);
  for (let i = 0; i < size; i++) workdays[i + 1] = workdays[i]! + working[i]!;
  // A day adds at most one working day, so every count from 0 to the last is reached exactly once.
  const reachedAt = new Int32Array(workdays[size]! + 1);
  for (let i = 1; i <= size; i++) if (workdays[i]! > workdays[i - 1]!) reachedAt[workdays[i]!] = i;

  const loaded = new Set(years);
  const span = lastYear - firstYear + 1;
  const unloadedYears = new Int32Array(span + 1);
  for (let i = 0; i < span; i++) unloadedYears[i + 1] = unloadedYears[i]! + (loaded.has(firstYear + i) ? 0 : 1);

  return { years, firstYear, lastYear, firstDay, lastDay, workdays, reachedAt, unloadedYears };
}
