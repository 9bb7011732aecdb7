import { describe, expect, it } from "vitest";
import { relationToUnit } from "../../../domain/access";

describe("relationToUnit", () => {
  it("calls a unit's own row own", () => {
    expect(relationToUnit({ role: "unit", unitId: 5 }, 5)).toBe("own");
  });

  it("calls another unit's row other", () => {
    expect(relationToUnit({ role: "unit", unitId: 5 }, 6)).toBe("other");
  });

  it("calls every row other for the office and leaders", () => {
    expect(relationToUnit({ role: "office" }, 5)).toBe("other");
    expect(relationToUnit({ role: "leader" }, 5)).toBe("other");
  });
});
