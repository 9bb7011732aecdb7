import { describe, expect, it } from "vitest";
import { isValidIsoDate } from "../../../domain/calendar";

describe("isValidIsoDate", () => {
  it("accepts a real date written YYYY-MM-DD", () => {
    expect(isValidIsoDate("2026-03-05")).toBe(true);
  });

  it("accepts 29 February in a leap year", () => {
    expect(isValidIsoDate("2024-02-29")).toBe(true);
  });

  it("rejects 29 February in a common year", () => {
    expect(isValidIsoDate("2023-02-29")).toBe(false);
  });

  it("rejects 30 February", () => {
    expect(isValidIsoDate("2026-02-30")).toBe(false);
  });

  it("rejects 31 April", () => {
    expect(isValidIsoDate("2026-04-31")).toBe(false);
  });

  it("rejects month 13 and month 00", () => {
    expect(isValidIsoDate("2026-13-01")).toBe(false);
    expect(isValidIsoDate("2026-00-10")).toBe(false);
  });

  it("rejects a date without zero padding", () => {
    expect(isValidIsoDate("2026-2-3")).toBe(false);
  });

  describe("edge cases", () => {
    it("rejects surrounding spaces, a time part and a compact form", () => {
      expect(isValidIsoDate(" 2026-01-01")).toBe(false);
      expect(isValidIsoDate("2026-01-01T00:00")).toBe(false);
      expect(isValidIsoDate("20260101")).toBe(false);
    });

    it("rejects day 00 and the empty string", () => {
      expect(isValidIsoDate("2026-01-00")).toBe(false);
      expect(isValidIsoDate("")).toBe(false);
    });
  });
});
