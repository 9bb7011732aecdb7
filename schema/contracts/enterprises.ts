import { z } from "@hono/zod-openapi";
import { enterpriseMeasures, enterpriseRiskLevels } from "../values";
import { lineText, longText } from "./common";
import { RegisterDateSchema, registerUnit, registerVersion } from "./registers-common";

const level = z.enum(enterpriseRiskLevels, { error: `风险等级应为 ${enterpriseRiskLevels.join("、")} 之一` });
const measures = z
  .array(z.enum(enterpriseMeasures, { error: `措施应为 ${enterpriseMeasures.join("、")} 之一` }))
  .max(enterpriseMeasures.length, "措施重复")
  .refine((m) => new Set(m).size === m.length, "措施重复");
const unitsField = z.array(registerUnit).min(1, "请填写至少一个责任单位").max(20, "责任单位最多 20 家");

export const EnterpriseInputSchema = z
  .strictObject({
    name: lineText({ max: 200, required: "请填写企业名称" }).openapi({ example: "金寨某某机械有限公司" }),
    level,
    measures,
    units: unitsField,
    /** The first review, dated: the register starts each enterprise's movement here. */
    reviewedOn: RegisterDateSchema,
    note: longText({ max: 4000, required: "请填写研判情况" }),
  })
  .openapi("EnterpriseInput");

export const EnterprisePatchSchema = z
  .strictObject({ version: registerVersion, name: lineText({ max: 200, required: "请填写企业名称" }).optional(), measures: measures.optional(), units: unitsField.optional() })
  .openapi("EnterprisePatch");

/** A review: the level it found, when, and why. It becomes the enterprise's current level when latest. */
export const EnterpriseReviewInputSchema = z
  .strictObject({ version: registerVersion, reviewedOn: RegisterDateSchema, level, note: longText({ max: 4000, required: "请填写研判情况" }) })
  .openapi("EnterpriseReviewInput");

export const EnterpriseSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    level,
    measures: z.array(z.enum(enterpriseMeasures)),
    units: z.array(z.string()),
    reviews: z.array(z.object({ id: z.number().int(), reviewedOn: z.string(), level, note: z.string() })).openapi({ description: "oldest first" }),
    /** How the level moved, oldest first, e.g. 中→高→已退出. */
    movement: z.string(),
    version: z.number().int(),
  })
  .openapi("Enterprise");
export const EnterpriseListSchema = z.object({ enterprises: z.array(EnterpriseSchema) }).openapi("EnterpriseList");

export type EnterpriseInput = z.infer<typeof EnterpriseInputSchema>;
export type EnterprisePatch = z.infer<typeof EnterprisePatchSchema>;
export type EnterpriseReviewInput = z.infer<typeof EnterpriseReviewInputSchema>;
export type EnterpriseWire = z.infer<typeof EnterpriseSchema>;
