import { describe, expect, it } from "vitest";
import { deadlineInYear, deadlineYearSpan } from "../../../domain/matters/deadline-in-year";

describe("deadlineYearSpan", () => {
  it("runs from 1 January to 31 December", () => {
    expect(deadlineYearSpan(2025)).toEqual({ first: "2025-01-01", last: "2025-12-31" });
  });
});

describe("deadlineInYear", () => {
  it("includes the first and the last day of the year", () => {
    expect(deadlineInYear("2025-01-01", 2025)).toBe(true);
    expect(deadlineInYear("2025-12-31", 2025)).toBe(true);
  });

  it("excludes the days either side of the year", () => {
    expect(deadlineInYear("2024-12-31", 2025)).toBe(false);
    expect(deadlineInYear("2026-01-01", 2025)).toBe(false);
  });
});
