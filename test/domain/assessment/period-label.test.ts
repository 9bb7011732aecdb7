import { describe, expect, it } from "vitest";
import { periodLabel, periodOfText } from "../../../domain/assessment/period-label";

describe("periodLabel", () => {
  it("names a quarter in Chinese", () => {
    expect(periodLabel("2026-Q4")).toBe("2026年第四季度");
    expect(periodLabel("2025-Q1")).toBe("2025年第一季度");
  });
  it("names a month without a leading zero", () => {
    expect(periodLabel("2026-11")).toBe("2026年11月");
    expect(periodLabel("2026-03")).toBe("2026年3月");
  });
  it("returns text that is not a period code unchanged", () => {
    expect(periodLabel("上半年")).toBe("上半年");
    expect(periodLabel("2026-13")).toBe("2026-13");
  });
});

describe("periodOfText", () => {
  it("reads every label periodLabel writes back to its code", () => {
    for (const code of ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2026-01", "2026-09", "2026-12"]) expect(periodOfText(periodLabel(code))).toBe(code);
  });
  it("accepts the code typed, in either case, with blanks around", () => {
    expect(periodOfText("2026-Q4")).toBe("2026-Q4");
    expect(periodOfText(" 2026-q3 ")).toBe("2026-Q3");
    expect(periodOfText("2026-11")).toBe("2026-11");
  });
  it("accepts the short ways a clerk writes a period", () => {
    expect(periodOfText("2026年4季度")).toBe("2026-Q4");
    expect(periodOfText("2026年第4季度")).toBe("2026-Q4");
    expect(periodOfText("2026年03月")).toBe("2026-03");
    expect(periodOfText("2026年 11 月")).toBe("2026-11");
  });
  describe("edge cases", () => {
    it("returns null for what is no period", () => {
      expect(periodOfText("2026年13月")).toBeNull();
      expect(periodOfText("2026-Q5")).toBeNull();
      expect(periodOfText("第四季度")).toBeNull();
      expect(periodOfText("")).toBeNull();
    });
  });
});
