import { describe, expect, it } from "vitest";
import { adjustmentPoints, defaultScheme } from "../../../domain/assessment";

const commend = (date: string) => ({ unit: "甲", kind: "通报表扬", reason: `表扬${date}`, date });

describe("adjustmentPoints", () => {
  it("caps commendations at +5 a year: 2, 2, 1, 0 in date order", () => {
    const scored = adjustmentPoints([commend("2026-09-01"), commend("2026-03-01"), commend("2026-12-01"), commend("2026-06-01")], defaultScheme.adjustments);
    expect(scored.map((a) => [a.date, a.points])).toEqual([
      ["2026-03-01", 2],
      ["2026-06-01", 2],
      ["2026-09-01", 1],
      ["2026-12-01", 0],
    ]);
  });

  it("takes 5 points for every accountability without a cap", () => {
    const a = (date: string) => ({ unit: "甲", kind: "问责", reason: "逾期", date });
    expect(adjustmentPoints([a("2026-01-05"), a("2026-02-05"), a("2026-03-05")], defaultScheme.adjustments).map((x) => x.points)).toEqual([-5, -5, -5]);
  });

  it("gives a veto no points", () => {
    expect(adjustmentPoints([{ unit: "甲", kind: "一票否决", reason: "严重后果", date: "2026-04-01" }], defaultScheme.adjustments)[0]!.points).toBe(0);
  });

  it("does not modify the recorded list", () => {
    const list = [commend("2026-09-01"), commend("2026-03-01")];
    const before = JSON.stringify(list);
    adjustmentPoints(list, defaultScheme.adjustments);
    expect(JSON.stringify(list)).toBe(before);
  });
});
