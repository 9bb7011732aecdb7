import { formatIsoDay, isWeekend, parseIsoDay } from "./day-number";
import { FESTIVAL_DATES } from "./festival-dates";

/** One holiday period of a year's arrangement: its name, the days off (from–to) and its make-up workdays. */
export interface HolidayPeriod {
  name: string;
  from: string;
  to: string;
  days: number;
  work: string[];
}

/** A festival, the days the law gives it (全国年节及纪念日放假办法, as revised for 2025), and its date in a year. */
const festivals = (year: number) => {
  const lunar = FESTIVAL_DATES[year];
  const list: { name: string; day: string; statutory: number }[] = [
    { name: "元旦", day: `${year}-01-01`, statutory: 1 },
    { name: "劳动节", day: `${year}-05-01`, statutory: year >= 2025 ? 2 : 1 },
    { name: "国庆节", day: `${year}-10-01`, statutory: 3 },
  ];
  if (lunar) {
    list.push(
      { name: "春节", day: lunar.spring, statutory: year >= 2025 ? 4 : 3 },
      { name: "清明节", day: lunar.qingming, statutory: 1 },
      { name: "端午节", day: lunar.duanwu, statutory: 1 },
      { name: "中秋节", day: lunar.midAutumn, statutory: 1 },
    );
  }
  return list;
};
const ORDER = ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"];

/** Runs of consecutive days off, as day numbers; invalid dates are skipped. */
function runsOf(off: readonly string[]): [number, number][] {
  const days = [...new Set(off.map(parseIsoDay).filter((n): n is number => n !== null))].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const d of days) {
    const last = runs.at(-1);
    if (last && d === last[1] + 1) last[1] = d;
    else runs.push([d, d]);
  }
  return runs;
}

/**
 * The holiday periods of one year's arrangement (`off`, `work` as the State Council lists them):
 * each run of consecutive days off is a period, named by the festivals it holds (中秋节、国庆节 where
 * the two were combined; a run at the very end of the year is next year's 元旦). Each make-up workday
 * goes to the nearest period that took more weekdays off than the law gives its festivals, else to the
 * nearest period. Periods in date order; inputs are not changed. Nothing to name: 放假.
 */
export function holidayPeriods(year: number, off: readonly string[], work: readonly string[]): HolidayPeriod[] {
  const feasts = festivals(year);
  const periods = runsOf(off).map(([from, to]) => {
    const held = feasts.filter((f) => {
      const n = parseIsoDay(f.day);
      return n !== null && n >= from && n <= to;
    });
    const yearEnd = held.length === 0 && formatIsoDay(to).endsWith("-12-31");
    const names = yearEnd ? ["元旦"] : held.map((f) => f.name).sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
    let weekdays = 0;
    for (let d = from; d <= to; d++) if (!isWeekend(d)) weekdays++;
    const owed = weekdays - held.reduce((n, f) => n + f.statutory, 0);
    return { from, to, name: names.length ? names.join("、") : "放假", owed, work: [] as number[] };
  });
  const distance = (d: number, p: { from: number; to: number }) => (d < p.from ? p.from - d : d > p.to ? d - p.to : 0);
  const workdays = [...new Set(work.map(parseIsoDay).filter((n): n is number => n !== null))].sort((a, b) => a - b);
  for (const d of workdays) {
    const owing = periods.filter((p) => p.owed > p.work.length);
    const pool = owing.length ? owing : periods;
    const nearest = pool.reduce<(typeof periods)[number] | undefined>((best, p) => (!best || distance(d, p) < distance(d, best) ? p : best), undefined);
    nearest?.work.push(d);
  }
  return periods.map((p) => ({ name: p.name, from: formatIsoDay(p.from), to: formatIsoDay(p.to), days: p.to - p.from + 1, work: p.work.map(formatIsoDay) }));
}
