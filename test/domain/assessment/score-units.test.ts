import { describe, expect, it } from "vitest";
import { defaultScheme, scoreUnits, type AssessmentScheme, type UnitCounts } from "../../../domain/assessment";

const c = (numerator: number, denominator: number) => ({ numerator, denominator });

describe("scoreUnits", () => {
  it("gives 3/4 lead, 1/2 co and 6/8 reports 37.5 + 7.5 + 26.25 = 71.25, grade 合格", () => {
    const [e] = scoreUnits([{ unit: "县财政局", counts: { leadMatters: c(3, 4), coMatters: c(1, 2), reports: c(6, 8) } }], defaultScheme, []);
    expect(e!.breakdown).toEqual([
      { indicator: "牵头事项按期办结率", weight: 50, numerator: 3, denominator: 4, rate: 0.75, points: 37.5 },
      { indicator: "协办事项按期办结率", weight: 15, numerator: 1, denominator: 2, rate: 0.5, points: 7.5 },
      { indicator: "进展按时报送率", weight: 35, numerator: 6, denominator: 8, rate: 0.75, points: 26.25 },
    ]);
    expect(e!.score).toBe(71.25);
    expect(e!.grade).toBe("合格");
    expect(e!.rank).toBe(1);
  });

  it("scales the other weights up to 100 when a unit has no co-unit matters", () => {
    const [e] = scoreUnits([{ unit: "县法院", counts: { leadMatters: c(2, 3), reports: c(4, 4) } }], defaultScheme, []);
    // 50·100/85 = 58.82…, 2/3 of it = 39.22; 35·100/85 = 41.18 → 80.40
    expect(e!.breakdown.map((b) => [b.weight, b.rate, b.points])).toEqual([
      [58.82, 0.6667, 39.22],
      [0, null, 0],
      [41.18, 1, 41.18],
    ]);
    expect(e!.score).toBe(80.4);
    expect(e!.grade).toBe("良好");
  });

  it("makes the score the exact sum of the rounded points (16.67 + 5 + 11.67 = 33.34)", () => {
    const [e] = scoreUnits([{ unit: "县林业局", counts: { leadMatters: c(1, 3), coMatters: c(1, 3), reports: c(1, 3) } }], defaultScheme, []);
    expect(e!.breakdown.map((b) => b.points)).toEqual([16.67, 5, 11.67]);
    expect(e!.score).toBe(33.34);
  });

  it("adds adjustments to the score: 100 + 2 − 5 = 97", () => {
    const [e] = scoreUnits(
      [{ unit: "县法院", counts: { leadMatters: c(1, 1) } }],
      defaultScheme,
      [
        { unit: "县法院", kind: "通报表扬", reason: "成效明显", date: "2026-05-01" },
        { unit: "县法院", kind: "问责", reason: "逾期未办", date: "2026-06-01" },
      ],
    );
    expect(e!.adjustments.map((a) => a.points)).toEqual([2, -5]);
    expect(e!.score).toBe(97);
    expect(e!.flags).toEqual({ commend: true, accountable: true, veto: false });
  });

  it("grades a vetoed unit 不合格 and ranks it after a lower-scored unit", () => {
    const entries = scoreUnits(
      [
        { unit: "甲", counts: { leadMatters: c(1, 1) } },
        { unit: "乙", counts: { leadMatters: c(1, 2) } },
      ],
      defaultScheme,
      [{ unit: "甲", kind: "一票否决", reason: "造成严重后果", date: "2026-07-01" }],
    );
    expect(entries.map((e) => [e.unit, e.score, e.grade, e.rank])).toEqual([
      ["乙", 50, "不合格", 1],
      ["甲", 100, "不合格", 2],
    ]);
  });

  it("grades a vetoed unit without events 不合格, unscored, after every scored unit", () => {
    const entries = scoreUnits(
      [
        { unit: "甲", counts: {} },
        { unit: "乙", counts: { reports: c(1, 4) } },
      ],
      defaultScheme,
      [{ unit: "甲", kind: "一票否决", reason: "严重后果", date: "2026-07-01" }],
    );
    expect(entries.map((e) => [e.unit, e.score, e.grade, e.rank])).toEqual([
      ["乙", 25, "不合格", 1],
      ["甲", null, "不合格", 2],
    ]);
  });

  it("leaves a unit with no events 未参评 without score or rank, after the ranked units", () => {
    const entries = scoreUnits(
      [
        { unit: "县税务局", counts: {} },
        { unit: "县法院", counts: { reports: c(1, 2) } },
      ],
      defaultScheme,
      [],
    );
    expect(entries.map((e) => [e.unit, e.score, e.grade, e.rank])).toEqual([
      ["县法院", 50, "不合格", 1],
      ["县税务局", null, "未参评", null],
    ]);
  });

  it("leaves out an indicator with fewer events than the scheme's floor and scales the others up", () => {
    const scheme: AssessmentScheme = { ...defaultScheme, floor: 3 };
    // 2 lead matters < 3: lead left out; co 3/3 and reports 2/4 share 100: 15·100/50 = 30, 35·100/50 = 70
    const [e] = scoreUnits([{ unit: "县民政局", counts: { leadMatters: c(2, 2), coMatters: c(3, 3), reports: c(2, 4) } }], scheme, []);
    expect(e!.breakdown.map((b) => [b.weight, b.numerator, b.denominator, b.rate, b.points])).toEqual([
      [0, 2, 2, 1, 0],
      [30, 3, 3, 1, 30],
      [70, 2, 4, 0.5, 35],
    ]);
    expect(e!.score).toBe(65);
  });

  it("makes a unit below the floor in every indicator 未参评, not 不合格", () => {
    const [e] = scoreUnits([{ unit: "县医保局", counts: { leadMatters: c(0, 1), reports: c(0, 2) } }], { ...defaultScheme, floor: 3 }, []);
    expect([e!.score, e!.grade, e!.rank]).toEqual([null, "未参评", null]);
  });

  it("scores units outside the assessed set but ranks only the assessed, the others last and unranked", () => {
    const entries = scoreUnits(
      [
        { unit: "县委政法委", counts: { leadMatters: c(1, 1) }, assessed: false },
        { unit: "县法院", counts: { leadMatters: c(1, 2) } },
        { unit: "梅山镇人民政府", counts: {}, assessed: false },
        { unit: "县税务局", counts: {} },
        { unit: "县财政局", counts: { leadMatters: c(1, 4) }, assessed: true },
      ],
      defaultScheme,
      [],
    );
    expect(entries.map((e) => [e.unit, e.score, e.grade, e.rank, e.assessed])).toEqual([
      ["县法院", 50, "不合格", 1, true],
      ["县财政局", 25, "不合格", 2, true],
      ["县税务局", null, "未参评", null, true],
      ["县委政法委", 100, "优秀", null, false],
      ["梅山镇人民政府", null, "未参评", null, false],
    ]);
  });

  it("lets equal scores share a rank and skips the next (1, 2, 2, 4)", () => {
    const units: UnitCounts[] = [
      { unit: "甲", counts: { leadMatters: c(1, 1) } },
      { unit: "乙", counts: { leadMatters: c(1, 2) } },
      { unit: "丙", counts: { leadMatters: c(2, 4) } },
      { unit: "丁", counts: { leadMatters: c(1, 4) } },
    ];
    expect(scoreUnits(units, defaultScheme, []).map((e) => [e.unit, e.rank])).toEqual([
      ["甲", 1],
      ["乙", 2],
      ["丙", 2],
      ["丁", 4],
    ]);
  });

  it("scores a new indicator without any change to the core", () => {
    const scheme: AssessmentScheme = {
      ...defaultScheme,
      indicators: [...defaultScheme.indicators, { key: "courtAppearance", name: "负责人出庭应诉率", weight: 20 }],
    };
    const [e] = scoreUnits([{ unit: "县公安局", counts: { leadMatters: c(1, 1), courtAppearance: c(1, 2) } }], scheme, []);
    // total 120; included 70: lead 50·120/70 = 85.71 → 85.71; court 20·120/70 = 34.29, half → 17.14
    expect(e!.breakdown[3]).toEqual({ indicator: "负责人出庭应诉率", weight: 34.29, numerator: 1, denominator: 2, rate: 0.5, points: 17.14 });
    expect(e!.score).toBe(102.85);
  });

  it("does not modify its inputs", () => {
    const counts = [{ unit: "甲", counts: { leadMatters: c(1, 2) } }];
    const adjustments = [{ unit: "甲", kind: "通报表扬", reason: "好", date: "2026-01-02" }];
    const before = JSON.stringify([counts, defaultScheme, adjustments]);
    scoreUnits(counts, defaultScheme, adjustments);
    expect(JSON.stringify([counts, defaultScheme, adjustments])).toBe(before);
  });

  describe("edge cases", () => {
    it("throws a RangeError for an invalid scheme", () => {
      const bad = { ...defaultScheme, indicators: [{ key: "x", name: "某指标", weight: -1 }] };
      expect(() => scoreUnits([], bad, [])).toThrow(RangeError);
    });

    it("throws a RangeError when a numerator exceeds its denominator", () => {
      expect(() => scoreUnits([{ unit: "甲", counts: { leadMatters: c(3, 2) } }], defaultScheme, [])).toThrow(RangeError);
    });
  });
});
