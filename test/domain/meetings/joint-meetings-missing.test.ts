import { describe, expect, it } from "vitest";
import { jointMeetingMissingMessage, jointMeetingsMissing } from "../../../domain/meetings/joint-meetings-missing";

describe("jointMeetingsMissing", () => {
  it("flags a year whose due day has passed without a joint meeting", () => {
    expect(jointMeetingsMissing({ "2026": "2026-06-30" }, [], "2026-07-01")).toEqual([{ year: 2026, due: "2026-06-30" }]);
  });
  it("does not flag on the due day itself, nor a year whose joint meeting was held", () => {
    expect(jointMeetingsMissing({ "2026": "2026-06-30" }, [], "2026-06-30")).toEqual([]);
    expect(jointMeetingsMissing({ "2026": "2026-06-30" }, [2026], "2026-12-01")).toEqual([]);
  });
  it("lists every missing year, oldest first, and does not change its inputs", () => {
    const dues = { "2026": "2026-06-30", "2025": "2025-06-30" };
    const held = [2024];
    expect(jointMeetingsMissing(dues, held, "2026-12-01").map((m) => m.year)).toEqual([2025, 2026]);
    expect(dues).toEqual({ "2026": "2026-06-30", "2025": "2025-06-30" });
    expect(held).toEqual([2024]);
  });
  it("says which year and by when", () => {
    expect(jointMeetingMissingMessage({ year: 2026, due: "2026-06-30" })).toBe("2026年度联席会议应于 2026-06-30 前召开，目前尚未召开");
  });
  describe("edge cases", () => {
    it("ignores entries that are not a year with a day", () => {
      expect(jointMeetingsMissing({ abc: "2026-06-30", "2026": 5, "2027": "soon" }, [], "2030-01-01")).toEqual([]);
    });
  });
});
