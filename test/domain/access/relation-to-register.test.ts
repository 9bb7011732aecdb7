import { describe, expect, it } from "vitest";
import { relationToRegister } from "../../../domain/access";

describe("relationToRegister", () => {
  it("calls the court's unit court, whatever the row", () => {
    expect(relationToRegister({ role: "unit", unitId: 3 }, 3, [5])).toBe("court");
  });
  it("calls a row of the caller's unit own, and any other row other", () => {
    expect(relationToRegister({ role: "unit", unitId: 5 }, 3, [4, 5])).toBe("own");
    expect(relationToRegister({ role: "unit", unitId: 6 }, 3, [4, 5])).toBe("other");
  });
  it("calls every row other for the office and leaders, and for everyone while no court is known", () => {
    expect(relationToRegister({ role: "office" }, 3, [3])).toBe("other");
    expect(relationToRegister({ role: "leader" }, 3, [3])).toBe("other");
    expect(relationToRegister({ role: "unit", unitId: 3 }, null, [])).toBe("other");
  });
});
