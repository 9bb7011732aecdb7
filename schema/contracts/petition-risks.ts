import { z } from "@hono/zod-openapi";
import { petitionRiskStatuses, riskGrades } from "../values";
import { lineText, longText } from "./common";
import { caseNo, RegisterDateSchema, registerUnit, registerVersion } from "./registers-common";

const grade = z.enum(riskGrades, { error: `风险等级应为 ${riskGrades.join("、")} 之一` });
const status = z.enum(petitionRiskStatuses, { error: `状态应为 ${petitionRiskStatuses.join("、")} 之一` });
const fields = {
  caseNo,
  agency: registerUnit.openapi({ description: "the agency sued: a known unit" }),
  grade,
  assessedOn: RegisterDateSchema,
  plan: longText({ max: 4000, required: "请填写应对方案" }),
  liaison: lineText({ max: 100, required: "请填写与行政机关负责人沟通的人员" }),
};

export const PetitionRiskInputSchema = z.strictObject({ ...fields, status: status.default("跟进中") }).openapi("PetitionRiskInput");

export const PetitionRiskPatchSchema = z
  .strictObject({
    version: registerVersion,
    caseNo: fields.caseNo.optional(),
    agency: fields.agency.optional(),
    grade: grade.optional(),
    assessedOn: fields.assessedOn.optional(),
    plan: fields.plan.optional(),
    liaison: fields.liaison.optional(),
    status: status.optional(),
  })
  .openapi("PetitionRiskPatch");

export const PetitionRiskActionInputSchema = z
  .strictObject({ doneOn: RegisterDateSchema, action: longText({ max: 2000, required: "请填写工作内容" }) })
  .openapi("PetitionRiskActionInput");

export const PetitionRiskSchema = z
  .object({
    id: z.number().int(),
    caseNo: z.string(),
    agency: z.string(),
    grade,
    assessedOn: z.string(),
    plan: z.string(),
    liaison: z.string(),
    status,
    actions: z.array(z.object({ id: z.number().int(), doneOn: z.string(), action: z.string() })),
    version: z.number().int(),
  })
  .openapi("PetitionRisk");
export const PetitionRiskListSchema = z.object({ risks: z.array(PetitionRiskSchema) }).openapi("PetitionRiskList");

export const PetitionRiskQuerySchema = z.strictObject({
  grade: grade.optional(),
  open: z.enum(["true", "false"], { error: "open 应为 true 或 false" }).optional().openapi({ description: "true: only cases 跟进中" }),
});

export type PetitionRiskInput = z.infer<typeof PetitionRiskInputSchema>;
export type PetitionRiskPatch = z.infer<typeof PetitionRiskPatchSchema>;
export type PetitionRiskWire = z.infer<typeof PetitionRiskSchema>;
