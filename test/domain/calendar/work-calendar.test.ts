import { describe, expect, it } from "vitest";
import { buildWorkCalendar, deadlineAfter, isWorkday, type HolidayArrangement } from "../../../domain/calendar";
import { arrangements } from "./fixture";

const year = (y: number, off: string[], work: string[] = []): HolidayArrangement => ({ year: y, source: "测试", off, work });

describe("buildWorkCalendar", () => {
  it("lists the loaded years in order whatever the input order", () => {
    const cal = buildWorkCalendar([year(2026, []), year(2024, []), year(2025, [])]);
    expect(cal.years).toEqual([2024, 2025, 2026]);
    expect([cal.firstYear, cal.lastYear]).toEqual([2024, 2026]);
  });

  it("treats a day listed as both off and work as a working day", () => {
    const cal = buildWorkCalendar([year(2026, ["2026-03-07"], ["2026-03-07"])]);
    expect(isWorkday("2026-03-07", cal)).toBe(true);
  });

  it("does not modify the arrangements it is given", () => {
    const input = structuredClone(arrangements);
    const frozen = input.map((a) => Object.freeze({ ...a, off: Object.freeze([...a.off]), work: Object.freeze([...a.work]) }));
    const cal = buildWorkCalendar(frozen as unknown as HolidayArrangement[]);
    deadlineAfter("2025-01-24", 10, cal);
    expect(input).toEqual(arrangements);
    expect(frozen.map((a) => ({ ...a, off: [...a.off], work: [...a.work] }))).toEqual(arrangements);
  });

  describe("edge cases", () => {
    it("throws a RangeError naming the year that appears twice", () => {
      expect(() => buildWorkCalendar([year(2025, []), year(2025, [])])).toThrow(/year 2025 appears twice/);
    });

    it("throws a RangeError naming the cell of a date outside its year", () => {
      expect(() => buildWorkCalendar([year(2025, ["2025-01-01", "2026-01-01"])])).toThrow(/^arrangements\[2025\]\.off\[1\]/);
    });

    it("throws a RangeError naming the cell of an impossible date", () => {
      expect(() => buildWorkCalendar([year(2026, [], ["2026-02-30"])])).toThrow(/^arrangements\[2026\]\.work\[0\]/);
    });

    it("builds an empty calendar from no arrangements", () => {
      const cal = buildWorkCalendar([]);
      expect(cal.years).toEqual([]);
      expect(cal.firstYear).toBeNull();
    });
  });
});
