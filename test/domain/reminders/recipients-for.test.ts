import { describe, expect, it } from "vitest";
import { recipientsFor } from "../../../domain/reminders/recipients-for";

describe("recipientsFor", () => {
  it("sends a 临期 reminder to the lead unit's 联络员 only", () => {
    expect(recipientsFor({ leadUnitId: 7 }, "临期", [1])).toEqual([{ to: "联络员", unitId: 7 }]);
  });

  it("sends a 逾期 reminder to the lead unit's 联络员 only", () => {
    expect(recipientsFor({ leadUnitId: 7 }, "逾期", [1])).toEqual([{ to: "联络员", unitId: 7 }]);
  });

  it("also sends a 严重逾期 reminder to each leader in charge, each unit once", () => {
    expect(recipientsFor({ leadUnitId: 7 }, "严重逾期", [1, 3, 1])).toEqual([
      { to: "联络员", unitId: 7 },
      { to: "分管领导", unitId: 1 },
      { to: "分管领导", unitId: 3 },
    ]);
  });

  it("sends a 严重逾期 reminder to the 联络员 alone when no leader is known", () => {
    expect(recipientsFor({ leadUnitId: 7 }, "严重逾期", [])).toEqual([{ to: "联络员", unitId: 7 }]);
  });
});
