import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { holidayPeriods } from "../../../domain/calendar/holiday-periods";

const seed = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../../seed/calendar/cn-holidays.json"), "utf8")) as {
  arrangements: { year: number; off: string[]; work: string[] }[];
};
const year = (y: number) => seed.arrangements.find((a) => a.year === y)!;

describe("holidayPeriods", () => {
  it("splits 2026 into its seven holidays with their days off and make-up workdays", () => {
    const { off, work } = year(2026);
    expect(holidayPeriods(2026, off, work)).toEqual([
      { name: "元旦", from: "2026-01-01", to: "2026-01-03", days: 3, work: ["2026-01-04"] },
      { name: "春节", from: "2026-02-15", to: "2026-02-23", days: 9, work: ["2026-02-14", "2026-02-28"] },
      { name: "清明节", from: "2026-04-04", to: "2026-04-06", days: 3, work: [] },
      { name: "劳动节", from: "2026-05-01", to: "2026-05-05", days: 5, work: ["2026-05-09"] },
      { name: "端午节", from: "2026-06-19", to: "2026-06-21", days: 3, work: [] },
      { name: "中秋节", from: "2026-09-25", to: "2026-09-27", days: 3, work: [] },
      { name: "国庆节", from: "2026-10-01", to: "2026-10-07", days: 7, work: ["2026-09-20", "2026-10-10"] },
    ]);
  });

  it("names a combined 中秋国庆 holiday after both festivals, as in 2025", () => {
    const { off, work } = year(2025);
    const autumn = holidayPeriods(2025, off, work).find((p) => p.from === "2025-10-01");
    expect(autumn).toEqual({ name: "中秋节、国庆节", from: "2025-10-01", to: "2025-10-08", days: 8, work: ["2025-09-28", "2025-10-11"] });
  });

  it("takes days off at the end of a year as next year's 元旦, with the make-up day before them", () => {
    const { off, work } = year(2018);
    const last = holidayPeriods(2018, off, work).at(-1);
    expect(last).toEqual({ name: "元旦", from: "2018-12-30", to: "2018-12-31", days: 2, work: ["2018-12-29"] });
  });

  it("names every period and places every make-up workday of every year loaded since 2016", () => {
    for (const a of seed.arrangements) {
      const periods = holidayPeriods(a.year, a.off, a.work);
      expect(periods.filter((p) => p.name === "放假").map((p) => `${a.year} ${p.from}`)).toEqual([]);
      expect(periods.flatMap((p) => p.work).sort()).toEqual([...a.work].sort());
      expect(periods.reduce((n, p) => n + p.days, 0)).toBe(new Set(a.off).size);
    }
  });

  it("does not change the lists it is given", () => {
    const off = ["2026-05-02", "2026-05-01"];
    const work = ["2026-05-09"];
    holidayPeriods(2026, off, work);
    expect([off, work]).toEqual([["2026-05-02", "2026-05-01"], ["2026-05-09"]]);
  });

  describe("edge cases", () => {
    it("skips dates that are not YYYY-MM-DD and calls a run with no festival 放假", () => {
      expect(holidayPeriods(2026, ["2026-03-10", "2026-02-30", "x"], [])).toEqual([{ name: "放假", from: "2026-03-10", to: "2026-03-10", days: 1, work: [] }]);
    });
  });
});
