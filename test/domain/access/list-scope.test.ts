import { describe, expect, it } from "vitest";
import { listScope } from "../../../domain/access";

describe("listScope", () => {
  it("shows the office and leaders every matter, report, entry and adjustment", () => {
    for (const action of ["see_matter", "see_report", "see_assessment_entry", "see_adjustment"] as const) {
      expect(listScope({ role: "office" }, action)).toEqual({ rows: "all" });
      expect(listScope({ role: "leader" }, action)).toEqual({ rows: "all" });
    }
  });

  it("shows a unit only the rows tied to it", () => {
    expect(listScope({ role: "unit", unitId: 12 }, "see_matter")).toEqual({ rows: "of_unit", unitId: 12 });
    expect(listScope({ role: "unit", unitId: 12 }, "see_report")).toEqual({ rows: "of_unit", unitId: 12 });
  });

  it("shows a unit nothing of a view it may not see at all", () => {
    expect(listScope({ role: "unit", unitId: 12 }, "see_summary")).toEqual({ rows: "none" });
  });
});
