import { describe, expect, it } from "vitest";
import { buildWorkCalendar, isWorkday } from "../../../domain/calendar";
import { cal } from "./fixture";

describe("isWorkday", () => {
  it("returns true on an ordinary Wednesday", () => {
    expect(isWorkday("2025-03-12", cal)).toBe(true);
  });

  it("returns false on an ordinary Saturday", () => {
    expect(isWorkday("2025-03-15", cal)).toBe(false);
  });

  it("returns true on a make-up Sunday before the 2024 Spring Festival", () => {
    expect(isWorkday("2024-02-04", cal)).toBe(true);
  });

  it("returns true on a make-up Saturday after the 2025 Spring Festival", () => {
    expect(isWorkday("2025-02-08", cal)).toBe(true);
  });

  it("returns false on a Monday inside the 2024 Spring Festival", () => {
    expect(isWorkday("2024-02-12", cal)).toBe(false);
  });

  it("returns true on New Year's Eve 2024, which was not a holiday that year", () => {
    expect(isWorkday("2024-02-09", cal)).toBe(true);
  });

  it("returns false on New Year's Eve 2025, a statutory holiday from 2025", () => {
    expect(isWorkday("2025-01-28", cal)).toBe(false);
  });

  it("returns false on 2 May 2025", () => {
    expect(isWorkday("2025-05-02", cal)).toBe(false);
  });

  it("returns false on 31 January 2020, added by the Spring Festival extension", () => {
    expect(isWorkday("2020-01-31", cal)).toBe(false);
  });

  it("returns false on 1 February 2020, a make-up Saturday cancelled by the extension", () => {
    expect(isWorkday("2020-02-01", cal)).toBe(false);
  });

  it("treats a Friday in an unloaded year as a working day", () => {
    expect(isWorkday("2027-01-01", cal)).toBe(true);
  });

  describe("edge cases", () => {
    it("throws a RangeError naming day for an impossible date", () => {
      expect(() => isWorkday("2026-02-30", cal)).toThrow(RangeError);
      expect(() => isWorkday("2026-02-30", cal)).toThrow(/^day:/);
    });

    it("counts only weekends as off with an empty calendar", () => {
      const empty = buildWorkCalendar([]);
      expect(isWorkday("2025-01-28", empty)).toBe(true);
      expect(isWorkday("2024-02-04", empty)).toBe(false);
    });
  });
});
