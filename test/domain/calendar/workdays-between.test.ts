import { describe, expect, it } from "vitest";
import { workdaysBetween } from "../../../domain/calendar";
import { cal } from "./fixture";

describe("workdaysBetween", () => {
  it("counts 5 working days over an ordinary week", () => {
    expect(workdaysBetween("2025-03-07", "2025-03-14", cal)).toEqual({ workdays: 5, provisional: false });
  });

  it("counts 1 working day across the whole 2024 National Day holiday", () => {
    expect(workdaysBetween("2024-09-30", "2024-10-08", cal)).toEqual({ workdays: 1, provisional: false });
  });

  it("counts the make-up days around the 2025 Spring Festival", () => {
    expect(workdaysBetween("2025-01-24", "2025-02-13", cal).workdays).toBe(10);
  });

  it("returns a negative count when to is earlier than from", () => {
    expect(workdaysBetween("2024-10-08", "2024-09-30", cal)).toEqual({ workdays: -1, provisional: false });
  });

  it("returns 0 for the same day", () => {
    expect(workdaysBetween("2025-02-13", "2025-02-13", cal)).toEqual({ workdays: 0, provisional: false });
  });

  it("counts the Labour Day make-up Sunday and skips 1–5 May 2025", () => {
    expect(workdaysBetween("2025-04-26", "2025-05-06", cal).workdays).toBe(5);
  });

  it("counts across the 2025/2026 year end with the 4 January make-up Sunday", () => {
    expect(workdaysBetween("2025-12-31", "2026-01-05", cal).workdays).toBe(2);
  });

  it("is provisional when the range reaches into 2027", () => {
    expect(workdaysBetween("2026-12-31", "2027-01-04", cal)).toEqual({ workdays: 2, provisional: true });
  });

  it("counts weekends only in an unloaded year", () => {
    expect(workdaysBetween("2027-01-01", "2027-01-31", cal)).toEqual({ workdays: 20, provisional: true });
  });

  describe("edge cases", () => {
    it("throws a RangeError naming from or to for an impossible date", () => {
      expect(() => workdaysBetween("2026-02-30", "2026-03-02", cal)).toThrow(/^from:/);
      expect(() => workdaysBetween("2026-03-02", "2026-3-5", cal)).toThrow(/^to:/);
    });

    it("is not provisional when only the uncounted from day lies outside the loaded years", () => {
      expect(workdaysBetween("2015-12-31", "2016-01-04", cal)).toEqual({ workdays: 1, provisional: false });
    });
  });
});
