import { describe, expect, it } from "vitest";
import { buildWorkCalendar, unloadedYearsBetween } from "../../../domain/calendar";
import { arrangements, cal } from "./fixture";

describe("unloadedYearsBetween", () => {
  it("names 2027 when a count runs from December 2026 into January 2027", () => {
    expect(unloadedYearsBetween("2026-12-25", "2027-01-08", cal)).toEqual([2027]);
  });

  it("names nothing inside the loaded years", () => {
    expect(unloadedYearsBetween("2016-01-01", "2026-12-31", cal)).toEqual([]);
  });

  it("names a year missing between loaded years", () => {
    const gap = buildWorkCalendar(arrangements.filter((a) => a.year !== 2020));
    expect(unloadedYearsBetween("2019-06-01", "2021-06-01", gap)).toEqual([2020]);
  });

  it("names the same years whichever way round the range is given", () => {
    expect(unloadedYearsBetween("2028-03-01", "2026-03-01", cal)).toEqual([2027, 2028]);
  });

  describe("edge cases", () => {
    it("ignores the uncounted first day", () => {
      expect(unloadedYearsBetween("2015-12-31", "2016-01-04", cal)).toEqual([]);
    });

    it("throws a RangeError naming to for an impossible date", () => {
      expect(() => unloadedYearsBetween("2026-01-01", "2026-02-30", cal)).toThrow(/^to:/);
    });
  });
});
