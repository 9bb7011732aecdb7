import { describe, expect, it } from "vitest";
import { openPeriods } from "../../../domain/assessment/open-periods";

describe("openPeriods", () => {
  it("offers this year's begun quarters and all of last year's, newest first", () => {
    expect(openPeriods("2026-11-26", ["quarterly"])).toEqual(["2026-Q4", "2026-Q3", "2026-Q2", "2026-Q1", "2025-Q4", "2025-Q3", "2025-Q2", "2025-Q1"]);
  });

  it("offers no quarter that has not begun: in February only Q1 of this year", () => {
    expect(openPeriods("2026-02-10", ["quarterly"]).slice(0, 2)).toEqual(["2026-Q1", "2025-Q4"]);
  });

  it("offers months for the monthly cycle: November 2026 back to January 2025", () => {
    const months = openPeriods("2026-11-26", ["monthly"]);
    expect(months[0]).toBe("2026-11");
    expect(months.at(-1)).toBe("2025-01");
    expect(months).toHaveLength(11 + 12);
  });

  it("mixes both cycles when a task reports monthly and the ledger quarterly, each once", () => {
    const both = openPeriods("2026-11-26", ["quarterly", "monthly", "quarterly"]);
    expect(both.slice(0, 4)).toEqual(["2026-Q4", "2026-11", "2026-10", "2026-Q3"]);
    expect(new Set(both).size).toBe(both.length);
    expect(both).toHaveLength(8 + 23);
  });

  it("does not change the cycles it is given", () => {
    const cycles = ["monthly", "quarterly"] as const;
    const copy = [...cycles];
    openPeriods("2026-05-01", cycles);
    expect(cycles).toEqual(copy);
  });

  describe("edge cases", () => {
    it("returns no period for a day that is not YYYY-MM-DD", () => {
      expect(openPeriods("26-11-2026", ["quarterly"])).toEqual([]);
    });
  });
});
