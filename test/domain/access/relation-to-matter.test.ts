import { describe, expect, it } from "vitest";
import { relationToMatter } from "../../../domain/access";

const matter = Object.freeze({ leadUnitId: 7, coUnitIds: Object.freeze([3, 9]) });

describe("relationToMatter", () => {
  it("ties the lead unit as lead", () => {
    expect(relationToMatter({ role: "unit", unitId: 7 }, matter)).toBe("lead");
  });

  it("ties a co-unit as co", () => {
    expect(relationToMatter({ role: "unit", unitId: 9 }, matter)).toBe("co");
  });

  it("ties any other unit as none", () => {
    expect(relationToMatter({ role: "unit", unitId: 4 }, matter)).toBe("none");
  });

  it("ties the office and leaders as none: they have no unit", () => {
    expect(relationToMatter({ role: "office" }, matter)).toBe("none");
    expect(relationToMatter({ role: "leader" }, matter)).toBe("none");
  });

  describe("edge cases", () => {
    it("calls a unit that is lead and also listed as co-unit the lead", () => {
      expect(relationToMatter({ role: "unit", unitId: 3 }, { leadUnitId: 3, coUnitIds: [3] })).toBe("lead");
    });
  });
});
