import { adjustmentKinds, type AssessmentScheme } from "./scheme";
import { notRatedGrade } from "../../schema/values";

/** One reason a scheme is refused: which list, which item (from 0), which field. */
export interface SchemeProblem {
  section: "indicators" | "adjustments" | "grades" | "floor";
  index: number | null;
  field: string | null;
  message: string;
  /** Set on a key the ledger cannot count ("unknown_indicator"); other problems carry none. */
  code?: "unknown_indicator";
}

/**
 * Bounds of the scheme's numbers, so that no score overflows or comes back empty: each weight
 * 0–100, each adjustment's points within ±100 and its cap 0–100, each grade threshold within ±1000,
 * the floor (fewest events an indicator needs) a whole number 1–1000.
 */
export const schemeBounds = { weight: 100, points: 100, cap: 100, min: 1000, floor: 1000 } as const;

const signRule = new Map<string, { test: (p: number) => boolean; message: string }>([
  ["通报表扬", { test: (p) => p > 0, message: "通报表扬的加分应为正数" }],
  ["问责", { test: (p) => p < 0, message: "问责的扣分应为负数" }],
  ["一票否决", { test: (p) => p === 0, message: "一票否决不加减分（直接定为最低等次），分值应为 0" }],
]);

/**
 * Every reason the scheme does not make sense, in Chinese; an empty list means it is usable.
 * Weights must be non-negative and sum to a positive total; each adjustment kind appears once
 * with a sensible sign; every number lies within `schemeBounds`; grade bands run from high to low without overlap, the last one open.
 * With `known` (the keys the ledger can count, in the order to name them), an indicator whose key
 * is not among them is refused too; without it any key passes (the core only needs counts).
 */
export function validateScheme(scheme: AssessmentScheme, known?: ReadonlyArray<string>): SchemeProblem[] {
  return [...checkIndicators(scheme), ...checkKeys(scheme, known), ...checkAdjustments(scheme), ...checkGrades(scheme), ...checkFloor(scheme)];
}

function checkKeys({ indicators }: AssessmentScheme, known: ReadonlyArray<string> | undefined): SchemeProblem[] {
  if (known === undefined) return [];
  return indicators.flatMap((ind, index) =>
    ind.key.trim() === "" || known.includes(ind.key)
      ? []
      : [{ section: "indicators" as const, index, field: "key", code: "unknown_indicator" as const, message: `台账尚不能统计指标“${ind.key}”，可用的指标代码：${known.join("、")}` }],
  );
}

function checkFloor({ floor }: AssessmentScheme): SchemeProblem[] {
  if (floor === undefined || (Number.isInteger(floor) && floor >= 1 && floor <= schemeBounds.floor)) return [];
  return [{ section: "floor", index: null, field: null, message: `最少事件数应为 1 至 ${schemeBounds.floor} 的整数` }];
}

function checkIndicators({ indicators }: AssessmentScheme): SchemeProblem[] {
  const problems: SchemeProblem[] = [];
  const at = (index: number | null, field: string | null, message: string) =>
    problems.push({ section: "indicators", index, field, message });
  if (indicators.length === 0) at(null, null, "至少需要一个考评指标");
  const keys = new Set<string>();
  const names = new Set<string>();
  indicators.forEach((ind, i) => {
    if (ind.key.trim() === "") at(i, "key", `第${i + 1}个指标缺少代码`);
    else if (keys.has(ind.key)) at(i, "key", `第${i + 1}个指标的代码“${ind.key}”与前面的指标重复`);
    keys.add(ind.key);
    if (ind.name.trim() === "") at(i, "name", `第${i + 1}个指标缺少名称`);
    else if (names.has(ind.name)) at(i, "name", `第${i + 1}个指标的名称“${ind.name}”与前面的指标重复`);
    names.add(ind.name);
    if (!Number.isFinite(ind.weight) || ind.weight < 0) at(i, "weight", `指标“${ind.name}”的权重不能为负数`);
    else if (ind.weight > schemeBounds.weight) at(i, "weight", `指标“${ind.name}”的权重不超过 ${schemeBounds.weight}`);
  });
  const total = indicators.reduce((s, ind) => s + (Number.isFinite(ind.weight) ? ind.weight : 0), 0);
  if (indicators.length > 0 && !(total > 0)) at(null, "weight", "各指标权重之和应大于 0");
  return problems;
}

function checkAdjustments({ adjustments }: AssessmentScheme): SchemeProblem[] {
  const problems: SchemeProblem[] = [];
  const at = (index: number | null, field: string | null, message: string) =>
    problems.push({ section: "adjustments", index, field, message });
  const seen = new Set<string>();
  adjustments.forEach((rule, i) => {
    const sign = signRule.get(rule.kind);
    if (!sign) {
      at(i, "kind", `未知的加减分类型“${rule.kind}”，只能是${adjustmentKinds.join("、")}`);
      return;
    }
    if (seen.has(rule.kind)) at(i, "kind", `“${rule.kind}”的规则重复`);
    seen.add(rule.kind);
    if (!Number.isFinite(rule.points) || !sign.test(rule.points)) at(i, "points", sign.message);
    else if (Math.abs(rule.points) > schemeBounds.points) at(i, "points", `“${rule.kind}”的分值应在 -${schemeBounds.points} 至 ${schemeBounds.points} 之间`);
    if (rule.cap !== null && (!Number.isFinite(rule.cap) || rule.cap < 0)) at(i, "cap", `“${rule.kind}”的年度上限不能为负数`);
    else if (rule.cap !== null && rule.cap > schemeBounds.cap) at(i, "cap", `“${rule.kind}”的年度上限不超过 ${schemeBounds.cap}`);
  });
  for (const kind of adjustmentKinds) {
    if (!seen.has(kind)) at(null, "kind", `缺少“${kind}”的规则`);
  }
  return problems;
}

function checkGrades({ grades }: AssessmentScheme): SchemeProblem[] {
  const problems: SchemeProblem[] = [];
  const at = (index: number | null, field: string | null, message: string) =>
    problems.push({ section: "grades", index, field, message });
  if (grades.length === 0) {
    at(null, null, "至少需要一个等次");
    return problems;
  }
  const names = new Set<string>();
  let previous = Number.POSITIVE_INFINITY;
  grades.forEach((band, i) => {
    if (band.name.trim() === "") at(i, "name", `第${i + 1}个等次缺少名称`);
    else if (names.has(band.name)) at(i, "name", `等次“${band.name}”重复`);
    else if (band.name.trim() === notRatedGrade) at(i, "name", `“${notRatedGrade}”留给无考评事项的单位，不能作为等次名称`);
    names.add(band.name);
    const last = i === grades.length - 1;
    if (last) {
      if (band.min !== null) at(i, "min", `最低等次“${band.name}”应不设分数线（低于上一等次即为该等次）`);
      return;
    }
    if (band.min === null || !Number.isFinite(band.min)) {
      at(i, "min", `等次“${band.name}”缺少分数线（只有最后一个等次可以不设）`);
      return;
    }
    if (Math.abs(band.min) > schemeBounds.min) at(i, "min", `等次“${band.name}”的分数线应在 -${schemeBounds.min} 至 ${schemeBounds.min} 之间`);
    else if (band.min >= previous) at(i, "min", `等次“${band.name}”的分数线应低于上一等次，等次须从高到低排列且不重叠`);
    previous = band.min;
  });
  return problems;
}
