import { describe, expect, it } from "vitest";
import { buildWorkCalendar, deadlineAfter } from "../../../domain/calendar";
import { arrangements, cal } from "./fixture";
import { naiveDeadline } from "./naive";

describe("deadlineAfter", () => {
  it("returns the next Monday when 1 working day is counted from an ordinary Friday", () => {
    expect(deadlineAfter("2025-03-14", 1, cal)).toEqual({ deadline: "2025-03-17", provisional: false });
  });

  it("does not count the start day", () => {
    expect(deadlineAfter("2025-03-10", 1, cal).deadline).toBe("2025-03-11");
  });

  it("skips the 2025 Spring Festival and counts both make-up days", () => {
    // Jan 26 (Sun, make-up) 1, Jan 27 2, Jan 28–Feb 4 off, Feb 5–7 3–5, Feb 8 (Sat, make-up) 6, Feb 10–13 7–10.
    expect(deadlineAfter("2025-01-24", 10, cal)).toEqual({ deadline: "2025-02-13", provisional: false });
  });

  it("lands on the make-up Sunday after the 2024 Spring Festival", () => {
    expect(deadlineAfter("2024-02-09", 1, cal).deadline).toBe("2024-02-18");
  });

  it("skips the nine-day 2026 Spring Festival", () => {
    // Feb 14 (Sat, make-up) 1, Feb 15–23 off, Feb 24–27 2–5, Feb 28 (Sat, make-up) 6, Mar 2–5 7–10.
    expect(deadlineAfter("2026-02-13", 10, cal).deadline).toBe("2026-03-05");
  });

  it("skips Labour Day 2025 and counts its make-up Sunday", () => {
    // Apr 27 (Sun, make-up) 1, Apr 28–30 2–4, May 1–5 off, May 6 5.
    expect(deadlineAfter("2025-04-25", 5, cal).deadline).toBe("2025-05-06");
  });

  it("skips National Day 2024 and counts its make-up Sunday and Saturday", () => {
    // Sep 29 (Sun) 1, Sep 30 2, Oct 1–7 off, Oct 8–11 3–6, Oct 12 (Sat) 7, Oct 14–16 8–10.
    expect(deadlineAfter("2024-09-27", 10, cal).deadline).toBe("2024-10-16");
  });

  it("lands on a make-up Saturday when it is the Nth working day", () => {
    expect(deadlineAfter("2024-05-10", 1, cal).deadline).toBe("2024-05-11");
  });

  it("crosses the year end into the 2026 New Year holiday and its make-up Sunday", () => {
    // 2026-01-01..03 off, Jan 4 (Sun, make-up) 1, Jan 5 2.
    expect(deadlineAfter("2025-12-31", 2, cal)).toEqual({ deadline: "2026-01-05", provisional: false });
  });

  it("counts the make-up Saturday 29 December 2018 set by the 2019 New Year arrangement", () => {
    expect(deadlineAfter("2018-12-28", 1, cal).deadline).toBe("2018-12-29");
    expect(deadlineAfter("2018-12-28", 2, cal).deadline).toBe("2019-01-02");
  });

  it("is not provisional when the count ends inside the last loaded year", () => {
    expect(deadlineAfter("2026-12-14", 10, cal)).toEqual({ deadline: "2026-12-28", provisional: false });
  });

  it("is provisional and counts weekends only when the count runs past 2026", () => {
    // Dec 28–31 1–4, then 2027 (not loaded): Jan 1 (Fri) 5, Jan 4–8 6–10.
    expect(deadlineAfter("2026-12-25", 10, cal)).toEqual({ deadline: "2027-01-08", provisional: true });
  });

  it("is provisional when the count starts before the first loaded year", () => {
    expect(deadlineAfter("2015-12-25", 3, cal)).toEqual({ deadline: "2015-12-30", provisional: true });
  });

  it("is not provisional when only the uncounted start day lies before the first loaded year", () => {
    expect(deadlineAfter("2015-12-31", 1, cal)).toEqual({ deadline: "2016-01-04", provisional: false });
  });

  it("is provisional when the count crosses a year missing between loaded years", () => {
    const gap = buildWorkCalendar(arrangements.filter((a) => a.year !== 2025));
    expect(deadlineAfter("2025-01-24", 10, gap)).toEqual({ deadline: "2025-02-07", provisional: true });
  });

  it("agrees with a day-by-day count for every start day from December 2015 to January 2027", () => {
    const mismatches: string[] = [];
    for (let t = Date.UTC(2015, 11, 1); t <= Date.UTC(2027, 0, 31); t += 86_400_000) {
      const start = new Date(t).toISOString().slice(0, 10);
      for (const days of [1, 3, 10, 30]) {
        const want = naiveDeadline(start, days, arrangements);
        if (deadlineAfter(start, days, cal).deadline !== want) mismatches.push(`${start}+${days}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  describe("edge cases", () => {
    it("throws a RangeError naming start for an impossible date", () => {
      expect(() => deadlineAfter("2026-02-30", 10, cal)).toThrow(/^start:/);
    });

    it("throws a RangeError naming days for zero, negative or fractional days", () => {
      for (const days of [0, -1, 1.5, Number.NaN]) expect(() => deadlineAfter("2026-03-02", days, cal)).toThrow(/^days:/);
    });

    it("counts weekends only with an empty calendar and says so", () => {
      expect(deadlineAfter("2025-01-24", 10, buildWorkCalendar([]))).toEqual({ deadline: "2025-02-07", provisional: true });
    });

    it("answers far beyond the loaded years by whole weeks", () => {
      // 2030-01-04 is a Friday; 5 weekdays a week, so 500 working days is exactly 100 weeks later.
      expect(deadlineAfter("2030-01-04", 500, cal)).toEqual({ deadline: "2031-12-05", provisional: true });
    });
  });
});
