import { z } from "@hono/zod-openapi";
import { officeParty, researchDecisions, researchDraftKinds, researchStatuses } from "../values";
import { ID_MAX, intParam, lineText, longText } from "./common";

const unitName = lineText({ max: 100, required: "请填写单位名称" }).openapi({ example: "县财政局" });
const versionField = z.number({ error: "请带上拉取时的版本号 version" }).int().positive().max(ID_MAX);

/** A draft as the office or the lead unit puts it forward: its text, or a reference to its file. */
const draftFields = {
  kind: z.enum(researchDraftKinds, { error: `文稿类别应为 ${researchDraftKinds.join("、")} 之一` }),
  title: lineText({ max: 200, required: "请填写文稿标题" }).openapi({ example: "关于破产案件府院协调机制的调研报告" }),
  text: longText({ max: 100_000, required: "请填写文稿内容" }).optional(),
  attachment: lineText({ max: 500, required: "请填写附件位置" }).optional().openapi({ description: "a link or file name, when the draft is a file" }),
};
const needsTextOrFile = (v: { text?: string; attachment?: string }, ctx: z.RefinementCtx, at: (string | number)[]) => {
  if (v.text === undefined && v.attachment === undefined) ctx.addIssue({ code: "custom", path: [...at, "text"], message: "请填写文稿内容，或附件位置 attachment" });
};

export const ResearchDraftBodySchema = z
  .strictObject(draftFields)
  .superRefine((v, ctx) => needsTextOrFile(v, ctx, []))
  .openapi("ResearchDraftBody");

export const ResearchInputSchema = z
  .strictObject({
    topic: lineText({ max: 200, required: "请填写调研课题" }).openapi({ example: "破产案件府院协调中的共性问题" }),
    units: z
      .array(unitName)
      .min(1, "请填写参与调研的单位")
      .max(60, "参与单位最多 60 家")
      .openapi({ description: `units involved besides the office (the office, ${officeParty}, is always involved and may be listed)` }),
    lead: unitName.openapi({ description: `the lead: ${officeParty} or one of the units` }),
    draft: ResearchDraftBodySchema,
  })
  .openapi("ResearchInput");

/** A new draft version: the item's version read, and the draft. Every approval starts again. */
export const ResearchDraftInputSchema = z
  .strictObject({ version: versionField, ...draftFields })
  .superRefine((v, ctx) => needsTextOrFile(v, ctx, []))
  .openapi("ResearchDraftInput");

export const ResearchApprovalInputSchema = z
  .strictObject({
    decision: z.enum(researchDecisions, { error: "审定意见应为 同意 或 不同意" }),
    opinion: longText({ max: 4000, required: "请填写意见" }).optional(),
    draftVersion: z
      .number({ error: "文稿版本应为整数" })
      .int()
      .positive()
      .max(ID_MAX)
      .optional()
      .openapi({ description: "the draft version the unit read; refused (409) when a newer draft has replaced it" }),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "不同意" && v.opinion === undefined) ctx.addIssue({ code: "custom", path: ["opinion"], message: "不同意时请填写意见" });
  })
  .openapi("ResearchApprovalInput");

export const ResearchIssueInputSchema = z
  .strictObject({ docNo: lineText({ max: 100, required: "请填写发文字号" }).openapi({ example: "金府院发〔2026〕1号" }) })
  .openapi("ResearchIssueInput");

export const ResearchDraftSchema = z
  .object({
    version: z.number().int(),
    kind: z.enum(researchDraftKinds),
    title: z.string(),
    text: z.string().nullable(),
    attachment: z.string().nullable(),
    on: z.string().openapi({ description: "the day this version was put forward" }),
    approvalsDue: z.string().openapi({ description: "the day every unit involved should have answered by" }),
    provisional: z.boolean(),
  })
  .openapi("ResearchDraft");

/** One involved party's answer to the current draft (decision null: not answered yet). */
export const ResearchApprovalSchema = z
  .object({
    unit: z.string(),
    decision: z.enum(researchDecisions).nullable(),
    opinion: z.string().nullable(),
    on: z.string().nullable().openapi({ description: "the day the unit first answered this draft" }),
    onTime: z.boolean().nullable().openapi({ description: "answered by approvalsDue; null while not answered" }),
  })
  .openapi("ResearchApproval");

export const ResearchSchema = z
  .object({
    id: z.number().int(),
    topic: z.string(),
    lead: z.string(),
    units: z.array(z.string()).openapi({ description: `every party involved, ${officeParty} first` }),
    status: z.enum(researchStatuses),
    docNo: z.string().nullable(),
    issuedOn: z.string().nullable(),
    version: z.number().int(),
    draft: ResearchDraftSchema,
    approvals: z.array(ResearchApprovalSchema),
    pending: z.array(z.string()).openapi({ description: "the parties that have not approved (同意) the current draft" }),
  })
  .openapi("Research");

export const ResearchListSchema = z.object({ research: z.array(ResearchSchema) }).openapi("ResearchList");

export const ResearchIdParamSchema = z.object({
  id: intParam("id", "调研编号", 1, ID_MAX).openapi({ param: { name: "id", in: "path" }, example: "1" }),
});

export type ResearchInput = z.infer<typeof ResearchInputSchema>;
export type ResearchDraftInput = z.infer<typeof ResearchDraftInputSchema>;
export type ResearchApprovalInput = z.infer<typeof ResearchApprovalInputSchema>;
export type ResearchWire = z.infer<typeof ResearchSchema>;
export type ResearchApprovalWire = z.infer<typeof ResearchApprovalSchema>;
