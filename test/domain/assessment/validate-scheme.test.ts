import { describe, expect, it } from "vitest";
import { defaultScheme, validateScheme, type AssessmentScheme } from "../../../domain/assessment";

const messages = (s: AssessmentScheme) => validateScheme(s).map((p) => p.message);

describe("validateScheme", () => {
  it("accepts the default scheme", () => {
    expect(validateScheme(defaultScheme)).toEqual([]);
  });

  it("refuses a negative weight and names the indicator", () => {
    const s = { ...defaultScheme, indicators: [{ key: "a", name: "牵头事项按期办结率", weight: -10 }, { key: "b", name: "进展按时报送率", weight: 50 }] };
    expect(validateScheme(s)).toEqual([{ section: "indicators", index: 0, field: "weight", message: "指标“牵头事项按期办结率”的权重不能为负数" }]);
  });

  it("refuses numbers past their bounds, naming each (weights 0–100, points ±100, caps 0–100, thresholds ±1000)", () => {
    const s: AssessmentScheme = {
      indicators: [{ key: "a", name: "甲", weight: 1e308 }, { key: "b", name: "乙", weight: 100 }],
      adjustments: [
        { kind: "通报表扬", points: 101, cap: 100.5 },
        { kind: "问责", points: -100, cap: null },
        { kind: "一票否决", points: 0, cap: null },
      ],
      grades: [{ name: "优秀", min: 1001 }, { name: "良好", min: -1000 }, { name: "不合格", min: null }],
    };
    expect(validateScheme(s).map((p) => [p.section, p.index, p.field, p.message])).toEqual([
      ["indicators", 0, "weight", "指标“甲”的权重不超过 100"],
      ["adjustments", 0, "points", "“通报表扬”的分值应在 -100 至 100 之间"],
      ["adjustments", 0, "cap", "“通报表扬”的年度上限不超过 100"],
      ["grades", 0, "min", "等次“优秀”的分数线应在 -1000 至 1000 之间"],
    ]);
  });

  it("refuses a floor that is not a whole number from 1 to 1000, and accepts one that is", () => {
    expect(validateScheme({ ...defaultScheme, floor: 0 })).toEqual([{ section: "floor", index: null, field: null, message: "最少事件数应为 1 至 1000 的整数" }]);
    expect(messages({ ...defaultScheme, floor: 2.5 })).toEqual(["最少事件数应为 1 至 1000 的整数"]);
    expect(validateScheme({ ...defaultScheme, floor: 3 })).toEqual([]);
  });

  it("refuses a band named 未参评: that grade belongs to units with nothing to assess", () => {
    const s = { ...defaultScheme, grades: [{ name: "合格", min: 60 }, { name: "未参评", min: null }] };
    expect(validateScheme(s)).toEqual([{ section: "grades", index: 1, field: "name", message: "“未参评”留给无考评事项的单位，不能作为等次名称" }]);
  });

  it("refuses weights that sum to zero", () => {
    const s = { ...defaultScheme, indicators: [{ key: "a", name: "甲", weight: 0 }] };
    expect(messages(s)).toEqual(["各指标权重之和应大于 0"]);
  });

  it("refuses bands that are not from high to low", () => {
    const s = { ...defaultScheme, grades: [{ name: "优秀", min: 80 }, { name: "良好", min: 90 }, { name: "不合格", min: null }] };
    expect(validateScheme(s)).toEqual([
      { section: "grades", index: 1, field: "min", message: "等次“良好”的分数线应低于上一等次，等次须从高到低排列且不重叠" },
    ]);
  });

  it("refuses two bands with the same threshold as overlapping", () => {
    const s = { ...defaultScheme, grades: [{ name: "优秀", min: 80 }, { name: "良好", min: 80 }, { name: "不合格", min: null }] };
    expect(messages(s)).toEqual(["等次“良好”的分数线应低于上一等次，等次须从高到低排列且不重叠"]);
  });

  it("refuses a last band with a threshold", () => {
    const s = { ...defaultScheme, grades: [{ name: "合格", min: 60 }, { name: "不合格", min: 0 }] };
    expect(messages(s)).toEqual(["最低等次“不合格”应不设分数线（低于上一等次即为该等次）"]);
  });

  it("refuses an unknown adjustment kind", () => {
    const s = { ...defaultScheme, adjustments: [...defaultScheme.adjustments, { kind: "警告", points: -1, cap: null }] };
    expect(validateScheme(s)).toEqual([
      { section: "adjustments", index: 3, field: "kind", message: "未知的加减分类型“警告”，只能是通报表扬、问责、一票否决" },
    ]);
  });

  it("refuses a kind named like a built-in property as unknown", () => {
    const s = { ...defaultScheme, adjustments: [...defaultScheme.adjustments, { kind: "toString", points: 1, cap: null }] };
    expect(messages(s)).toEqual(["未知的加减分类型“toString”，只能是通报表扬、问责、一票否决"]);
  });

  it("refuses a commendation that takes points away", () => {
    const s = { ...defaultScheme, adjustments: [{ kind: "通报表扬", points: -2, cap: 5 }, ...defaultScheme.adjustments.slice(1)] };
    expect(messages(s)).toEqual(["通报表扬的加分应为正数"]);
  });

  it("refuses a scheme missing the veto rule", () => {
    const s = { ...defaultScheme, adjustments: defaultScheme.adjustments.slice(0, 2) };
    expect(messages(s)).toEqual(["缺少“一票否决”的规则"]);
  });

  it("refuses duplicate indicator keys", () => {
    const s = { ...defaultScheme, indicators: [{ key: "a", name: "甲", weight: 50 }, { key: "a", name: "乙", weight: 50 }] };
    expect(messages(s)).toEqual(["第2个指标的代码“a”与前面的指标重复"]);
  });
});

describe("validateScheme with the ledger's keys", () => {
  const known = ["leadMatters", "coMatters", "reports", "suggestionReplies"];

  it("accepts a scheme naming only known keys, a new indicator among them", () => {
    const s = { ...defaultScheme, indicators: [...defaultScheme.indicators, { key: "suggestionReplies", name: "司法建议按期回复率", weight: 10 }] };
    expect(validateScheme(s, known)).toEqual([]);
  });

  it("refuses an unknown key naming its row and the key field, listing the known keys", () => {
    const s = { ...defaultScheme, indicators: [...defaultScheme.indicators, { key: "meetings", name: "会议出席率", weight: 10 }] };
    expect(validateScheme(s, known)).toEqual([
      { section: "indicators", index: 3, field: "key", code: "unknown_indicator", message: "台账尚不能统计指标“meetings”，可用的指标代码：leadMatters、coMatters、reports、suggestionReplies" },
    ]);
    expect(validateScheme(s)).toEqual([]);
  });
});
