import { describe, expect, it } from "vitest";
import { reportingPeriods } from "../../../domain/assessment";

describe("reportingPeriods", () => {
  it("ends the four quarters of 2026 on 3-31, 6-30, 9-30 and 12-31", () => {
    expect(reportingPeriods(2026, "quarterly")).toEqual([
      { period: "2026-Q1", end: "2026-03-31" },
      { period: "2026-Q2", end: "2026-06-30" },
      { period: "2026-Q3", end: "2026-09-30" },
      { period: "2026-Q4", end: "2026-12-31" },
    ]);
  });

  it("ends February of the leap year 2028 on the 29th", () => {
    expect(reportingPeriods(2028, "monthly")[1]).toEqual({ period: "2028-02", end: "2028-02-29" });
  });
});
