import { describe, expect, it } from "vitest";
import { relationToResearch, relationToTaskforce } from "../../../domain/access";

describe("relationToResearch", () => {
  it("calls the unit that leads the item lead", () => {
    expect(relationToResearch({ role: "unit", unitId: 3 }, Object.freeze({ leadUnitId: 3, unitIds: Object.freeze([3, 5]) }))).toBe("lead");
  });

  it("calls another unit among those involved involved", () => {
    expect(relationToResearch({ role: "unit", unitId: 5 }, { leadUnitId: 3, unitIds: [3, 5] })).toBe("involved");
  });

  it("calls a unit outside the item none", () => {
    expect(relationToResearch({ role: "unit", unitId: 9 }, { leadUnitId: 3, unitIds: [3, 5] })).toBe("none");
  });

  describe("edge cases", () => {
    it("never calls a unit lead of an item the office leads (lead null)", () => {
      expect(relationToResearch({ role: "unit", unitId: 5 }, { leadUnitId: null, unitIds: [5] })).toBe("involved");
    });

    it("calls the office and leaders none", () => {
      expect(relationToResearch({ role: "office" }, { leadUnitId: null, unitIds: [5] })).toBe("none");
      expect(relationToResearch({ role: "leader" }, { leadUnitId: 5, unitIds: [5] })).toBe("none");
    });
  });
});

describe("relationToTaskforce", () => {
  it("calls a unit with a person on the task force member", () => {
    expect(relationToTaskforce({ role: "unit", unitId: 2 }, { memberUnitIds: [null, 2], matterUnitIds: [2, 7] })).toBe("member");
  });

  it("calls a unit on one of its matters served", () => {
    expect(relationToTaskforce({ role: "unit", unitId: 7 }, { memberUnitIds: [2], matterUnitIds: [2, 7] })).toBe("served");
  });

  it("calls any other unit none", () => {
    expect(relationToTaskforce({ role: "unit", unitId: 8 }, { memberUnitIds: [2], matterUnitIds: [7] })).toBe("none");
  });

  describe("edge cases", () => {
    it("calls the office none even when a member has no unit", () => {
      expect(relationToTaskforce({ role: "office" }, { memberUnitIds: [null], matterUnitIds: [] })).toBe("none");
    });
  });
});
