import { describe, expect, it } from "vitest";
import { appearanceFigures, missedAppearance, periodRange, repliedOnTime, replyState, suggestionFigures } from "../../../domain/registers";
import { daysAfter } from "../../../domain/calendar";

describe("periodRange", () => {
  it("reads a year, a half, a quarter and a month", () => {
    expect(periodRange("2026")).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(periodRange("2026-H2")).toEqual({ from: "2026-07-01", to: "2026-12-31" });
    expect(periodRange("2028-Q1")).toEqual({ from: "2028-01-01", to: "2028-03-31" });
    expect(periodRange("2028-02")).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    expect(periodRange("2026-02")).toEqual({ from: "2026-02-01", to: "2026-02-28" });
  });
  describe("edge cases", () => {
    it("returns null for anything else", () => {
      for (const p of ["2026-Q5", "2026-13", "26", "2026-H3", " 2026", "2026-1"]) expect(periodRange(p)).toBeNull();
    });
  });
});

describe("daysAfter", () => {
  it("counts calendar days across months and years", () => {
    expect(daysAfter("2026-11-15", 60)).toBe("2027-01-14");
    expect(daysAfter("2028-02-28", 1)).toBe("2028-02-29");
  });
  it("returns null for a day that does not exist", () => {
    expect(daysAfter("2026-02-30", 1)).toBeNull();
  });
});

describe("replyState", () => {
  const s = { replyBy: "2026-06-30", repliedOn: null };
  it("is 待回复 up to the limit and 已逾期未回复 from the day after", () => {
    expect(replyState(s, "2026-06-30")).toBe("待回复");
    expect(replyState(s, "2026-07-01")).toBe("已逾期未回复");
    expect(repliedOnTime(s, "2026-06-30")).toBeNull();
    expect(repliedOnTime(s, "2026-07-01")).toBe(false);
  });
  it("is 按期回复 on the limit day and 逾期回复 after it", () => {
    expect(replyState({ ...s, repliedOn: "2026-06-30" }, "2026-12-01")).toBe("按期回复");
    expect(replyState({ ...s, repliedOn: "2026-07-01" }, "2026-12-01")).toBe("逾期回复");
  });
});

describe("appearanceFigures", () => {
  it("counts the head's appearance (正职 or 副职) only where required, and who spoke", () => {
    const rows = [
      { agencyId: 1, headRequired: true, appeared: "负责人", headSpoke: true },
      { agencyId: 1, headRequired: true, appeared: "副职负责人", headSpoke: false },
      { agencyId: 1, headRequired: true, appeared: "仅工作人员", headSpoke: null },
      { agencyId: 1, headRequired: false, appeared: "无人出庭", headSpoke: null },
      { agencyId: 2, headRequired: false, appeared: "仅工作人员", headSpoke: null },
    ];
    const before = JSON.stringify(rows);
    expect(appearanceFigures(rows)).toEqual([
      { agencyId: 1, hearings: 4, required: 3, appeared: 2, spoke: 1, rate: 0.6667, spokeRate: 0.5 },
      { agencyId: 2, hearings: 1, required: 0, appeared: 0, spoke: 0, rate: null, spokeRate: null },
    ]);
    expect(rows.filter(missedAppearance)).toEqual([rows[2]]);
    expect(JSON.stringify(rows)).toBe(before);
  });
});

describe("suggestionFigures", () => {
  it("judges replies on time against the limit, and leaves a suggestion within its limit out", () => {
    const rows = [
      { addresseeId: 7, replyBy: "2026-03-31", repliedOn: "2026-03-20", adoption: "采纳" },
      { addresseeId: 7, replyBy: "2026-03-31", repliedOn: "2026-04-02", adoption: "未采纳" },
      { addresseeId: 7, replyBy: "2026-05-31", repliedOn: null, adoption: null },
      { addresseeId: 7, replyBy: "2026-12-31", repliedOn: null, adoption: null },
    ];
    expect(suggestionFigures(rows, "2026-12-01")).toEqual([
      { addresseeId: 7, issued: 4, due: 3, replied: 2, onTime: 1, adopted: 1, partly: 0, replyRate: 0.6667, onTimeRate: 0.3333, adoptionRate: 0.5 },
    ]);
  });
});
