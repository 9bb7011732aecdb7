import { describe, expect, it } from "vitest";
import { periodsDueBy, reportDue, reportOnTime } from "../../../domain/assessment/report-due";
import { cal } from "../calendar/fixture";

describe("reportDue", () => {
  it("is the 10th working day after the period ends", () => {
    // 2025-Q1 ends Mon 31 Mar; Fri 4 Apr is 清明 off: 1, 2, 3, 7, 8, 9, 10, 11, 14, 15 Apr.
    expect(reportDue("2025-03-31", cal)).toBe("2025-04-15");
  });

  it("skips the National Day week and counts its make-up Saturday", () => {
    // 2025-Q3 ends Tue 30 Sep; 1–8 Oct off, Sat 11 Oct a workday: 9, 10, 11, 13, 14, 15, 16, 17, 20, 21 Oct.
    expect(reportDue("2025-09-30", cal)).toBe("2025-10-21");
  });
});

describe("periodsDueBy", () => {
  it("lists only the periods whose due day is on or before today", () => {
    expect(periodsDueBy(2025, "quarterly", cal, "2025-10-21").map((p) => [p.period, p.due])).toEqual([
      ["2025-Q1", "2025-04-15"],
      ["2025-Q2", "2025-07-14"],
      ["2025-Q3", "2025-10-21"],
    ]);
  });

  it("leaves out the periods due before the assessment start", () => {
    // Monthly: October is due 2025-11-14, November 2025-12-12 (both after their month ends).
    expect(periodsDueBy(2025, "monthly", cal, "2025-12-31", "2025-12-01").map((p) => [p.period, p.due])).toEqual([["2025-11", "2025-12-12"]]);
    expect(periodsDueBy(2025, "quarterly", cal, "2025-12-31", "2025-12-01")).toEqual([]);
  });

  it("lists nothing before the first period is due", () => {
    expect(periodsDueBy(2025, "quarterly", cal, "2025-04-14")).toEqual([]);
  });
});

describe("reportOnTime", () => {
  it("accepts a report submitted on the due day and refuses one a day later", () => {
    expect(reportOnTime("2025-04-15", "2025-04-15")).toBe(true);
    expect(reportOnTime("2025-04-16", "2025-04-15")).toBe(false);
  });
});
