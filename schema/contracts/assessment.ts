import { z } from "@hono/zod-openapi";
import { adjustmentKinds } from "../values";
import { isoDateSchema, lineText, longText, yearSchema } from "./common";

// The scheme's numbers are bounded by domain/assessment/validate-scheme.ts (with every other reason
// a scheme is refused, all at once); the contract only asks for finite numbers.

export const YearParamSchema = z.object({ year: yearSchema("年度", "年度应为四位数字，如 2026", "path") });

export const IsoDateSchema = isoDateSchema({ missing: "日期应写作 YYYY-MM-DD", invalid: "日期应为有效日期，写作 YYYY-MM-DD" }, "2026-06-30");

const IndicatorSchema = z.strictObject({
  key: lineText({ max: 40, required: "请填写指标代码" }).openapi({ example: "leadMatters" }),
  name: lineText({ max: 40, required: "请填写指标名称" }).openapi({ example: "牵头事项按期办结率" }),
  weight: z.number({ error: "权重应为数字" }).openapi({ description: "0..100", example: 50 }),
});
const AdjustmentRuleSchema = z.strictObject({
  kind: lineText({ max: 20, required: "请填写加减分类型" }).openapi({ example: "通报表扬" }),
  points: z.number({ error: "分值应为数字" }).openapi({ description: "-100..100", example: 2 }),
  cap: z.number({ error: "年度上限应为数字或 null" })
    .nullable()
    .openapi({ description: "yearly bound of the kind's total, absolute, 0..100; null = none", example: 5 }),
});
const GradeBandSchema = z.strictObject({
  name: lineText({ max: 20, required: "请填写等次名称" }),
  min: z.number({ error: "分数线应为数字或 null" })
    .nullable()
    .openapi({ description: "lowest score of the band, -1000..1000; null on the last band", example: 90 }),
});

/** A scoring scheme as the office edits it (PUT body). */
export const SchemeSchema = z
  .strictObject({
    indicators: z.array(IndicatorSchema).min(1, "至少需要一个考评指标").max(20, "指标不超过 20 个"),
    adjustments: z.array(AdjustmentRuleSchema).max(10, "加减分规则不超过 10 条"),
    grades: z.array(GradeBandSchema).min(1, "至少需要一个等次").max(10, "等次不超过 10 个"),
    floor: z.number({ error: "最少事件数应为数字" })
      .optional()
      .openapi({ description: "fewest events an indicator needs to count for a unit, 1..1000; absent: 1", example: 1 }),
  })
  .openapi("AssessmentScheme");

/** One indicator the ledger can count: the key a scheme names, its Chinese name and definition. */
export const IndicatorDefinitionSchema = z
  .object({
    key: z.string().openapi({ example: "suggestionReplies" }),
    name: z.string().openapi({ example: "司法建议按期回复率" }),
    description: z.string().openapi({ description: "what counts (numerator, denominator), in Chinese" }),
  })
  .openapi("AssessmentIndicator");

export const IndicatorListSchema = z.object({ indicators: z.array(IndicatorDefinitionSchema) }).openapi("AssessmentIndicators");

export const SchemeVersionSchema = z
  .object({
    year: z.number().int(),
    version: z.number().int().nullable().openapi({ description: "null: the documented default, not yet stored" }),
    createdAt: z.number().int().nullable().openapi({ description: "epoch ms" }),
    createdBy: z.string().nullable(),
    scheme: SchemeSchema,
    counters: z.array(IndicatorDefinitionSchema).openapi({ description: "every indicator the ledger can count (a scheme may weigh any of them)" }),
  })
  .openapi("AssessmentSchemeVersion");

const BreakdownSchema = z.object({
  indicator: z.string(),
  weight: z.number(),
  numerator: z.number().int(),
  denominator: z.number().int(),
  rate: z.number().nullable(),
  points: z.number(),
});
const ScoredAdjustmentSchema = z.object({ kind: z.string(), points: z.number(), reason: z.string(), date: z.string() });

export const AssessmentEntrySchema = z
  .object({
    unit: z.string(),
    score: z.number().nullable(),
    grade: z.string(),
    rank: z.number().int().nullable(),
    assessed: z.boolean().openapi({ description: "in the year's assessed set (default: the joint meeting's members); others are never ranked" }),
    breakdown: z.array(BreakdownSchema),
    adjustments: z.array(ScoredAdjustmentSchema),
    flags: z.object({ commend: z.boolean(), accountable: z.boolean(), veto: z.boolean() }),
  })
  .openapi("AssessmentEntry");

export const ClosedSchema = z.object({ at: z.number().int().openapi({ description: "epoch ms" }), by: z.string() }).nullable();

export const AssessmentSchema = z
  .object({
    year: z.number().int(),
    scheme: SchemeSchema.extend({ version: z.number().int().nullable() }),
    entries: z.array(AssessmentEntrySchema),
    closed: ClosedSchema.openapi({ description: "set once the office closed the year: figures are frozen" }),
  })
  .openapi("Assessment");

export const AdjustmentInputSchema = z
  .strictObject({
    unit: lineText({ max: 100, required: "请填写单位" }),
    kind: z.enum(adjustmentKinds, { error: `类型只能是${adjustmentKinds.join("、")}` }),
    reason: longText({ max: 1000, required: "请填写事由" }),
    date: IsoDateSchema,
  })
  .openapi("AssessmentAdjustmentInput");

export const AdjustmentSchema = z
  .object({
    id: z.number().int(),
    unit: z.string(),
    kind: z.string(),
    reason: z.string(),
    date: z.string(),
    createdBy: z.string().nullable(),
    createdAt: z.number().int(),
  })
  .openapi("AssessmentAdjustment");
export const AdjustmentListSchema = z.object({ year: z.number().int(), adjustments: z.array(AdjustmentSchema) }).openapi("AssessmentAdjustmentList");

const FigureSchema = z.object({ unit: z.string(), score: z.number().nullable(), grade: z.string(), rank: z.number().int().nullable(), assessed: z.boolean() });
export const HistorySchema = z
  .object({
    year: z.number().int(),
    versions: z.array(
      z.object({
        version: z.number().int().nullable(),
        createdAt: z.number().int().nullable(),
        createdBy: z.string().nullable(),
        scheme: SchemeSchema,
        current: z.boolean().openapi({ description: "the version in force (or the one the closure used)" }),
        frozen: z.boolean().openapi({ description: "figures are the closure's frozen ones, not recomputed" }),
        figures: z.array(FigureSchema),
      }),
    ),
    closed: z.object({ at: z.number().int(), by: z.string(), version: z.number().int() }).nullable(),
  })
  .openapi("AssessmentHistory");

export const NoticeSchema = z.object({ year: z.number().int(), title: z.string(), text: z.string() }).openapi("AssessmentNotice");

export type SchemeInput = z.infer<typeof SchemeSchema>;
export type AssessmentBody = z.infer<typeof AssessmentSchema>;
export type AssessmentEntryWire = z.infer<typeof AssessmentEntrySchema>;
