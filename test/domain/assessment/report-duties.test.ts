import { describe, expect, it } from "vitest";
import { dutyFor, reportingUnits, type ReportDuty } from "../../../domain/assessment";

const duties: ReportDuty[] = [
  { task: 8, reporters: "all", cycle: "monthly" },
  { task: 32, reporters: "none", cycle: null },
  { task: 5, reporters: "lead", cycle: null },
];

describe("dutyFor", () => {
  it("asks the lead unit only at the ledger's cycle of a task the office did not set", () => {
    expect(dutyFor(1, duties, "quarterly")).toEqual({ reporters: "lead", cycle: "quarterly" });
  });

  it("takes the office's entry, its own cycle or the ledger's when it names none", () => {
    expect(dutyFor(8, duties, "quarterly")).toEqual({ reporters: "all", cycle: "monthly" });
    expect(dutyFor(5, duties, "monthly")).toEqual({ reporters: "lead", cycle: "monthly" });
  });
});

describe("reportingUnits", () => {
  const units = { lead: [7], all: [7, 3, 9] };

  it("asks nothing of co-units when only the lead reports", () => {
    expect(reportingUnits("lead", units)).toEqual([7]);
  });

  it("asks every responsible unit when all report, and nobody when none", () => {
    expect(reportingUnits("all", units)).toEqual([7, 3, 9]);
    expect(reportingUnits("none", units)).toEqual([]);
  });

  it("does not modify its inputs", () => {
    const out = reportingUnits("all", units);
    out.push(1);
    expect(units.all).toEqual([7, 3, 9]);
  });
});
