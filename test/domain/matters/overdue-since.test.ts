import { describe, expect, it } from "vitest";
import { overdueSinceAfterMove } from "../../../domain/matters/overdue-since";

describe("overdueSinceAfterMove", () => {
  it("clears the mark when the new deadline is later than today", () => {
    expect(overdueSinceAfterMove("2026-05-20", "2026-05-14", "2026-05-08")).toBeNull();
  });

  it("clears the mark when the new deadline is today itself", () => {
    expect(overdueSinceAfterMove("2026-05-14", "2026-05-14", "2026-05-08")).toBeNull();
  });

  it("keeps the day the matter became overdue when the new deadline is still past", () => {
    expect(overdueSinceAfterMove("2026-05-12", "2026-05-14", "2026-05-08")).toBe("2026-05-08");
  });

  it("leaves a matter not yet marked unmarked when the new deadline is past (the daily run marks it)", () => {
    expect(overdueSinceAfterMove("2026-05-12", "2026-05-14", null)).toBeNull();
  });
});
