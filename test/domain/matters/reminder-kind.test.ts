import { describe, expect, it } from "vitest";
import { reminderKind } from "../../../domain/matters/reminder-kind";

describe("reminderKind", () => {
  it("is 临期 for a matter due soon", () => {
    expect(reminderKind("临期", 2)).toBe("临期");
  });
  it("is 逾期 up to 4 working days past the deadline", () => {
    expect(reminderKind("逾期", -1)).toBe("逾期");
    expect(reminderKind("逾期", -4)).toBe("逾期");
  });
  it("is 严重逾期 from 5 working days past the deadline", () => {
    expect(reminderKind("逾期", -5)).toBe("严重逾期");
    expect(reminderKind("逾期", -30)).toBe("严重逾期");
  });
  it("is none for a matter on track or settled", () => {
    expect(reminderKind("正常", 8)).toBeNull();
    expect(reminderKind("逾期办结", null)).toBeNull();
    expect(reminderKind("待审核", null)).toBeNull();
  });
});
