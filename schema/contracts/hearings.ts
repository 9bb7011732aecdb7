import { z } from "@hono/zod-openapi";
import { hearingAppearances } from "../values";
import { lineText, longText } from "./common";
import { caseNo, RegisterDateSchema, registerUnit, registerVersion } from "./registers-common";

const appeared = z.enum(hearingAppearances, { error: `出庭人员应为 ${hearingAppearances.join("、")} 之一` });
const fields = {
  caseNo,
  court: lineText({ max: 100, required: "请填写审理法院" }).openapi({ example: "金寨县人民法院" }),
  hearingOn: RegisterDateSchema,
  agency: registerUnit.openapi({ description: "the defendant agency: a known unit under any of its names" }),
  headRequired: z.boolean({ error: "应否负责人出庭应为 true 或 false" }),
  appeared,
  headSpoke: z.boolean({ error: "负责人是否发言应为 true 或 false" }).nullish().openapi({ description: "出庭要出声; only when 负责人 or 副职负责人 appeared" }),
  note: longText({ max: 2000 }).nullish(),
};

export const HearingInputSchema = z.strictObject(fields).openapi("HearingInput");

export const HearingPatchSchema = z
  .strictObject({
    version: registerVersion,
    caseNo: fields.caseNo.optional(),
    court: fields.court.optional(),
    hearingOn: fields.hearingOn.optional(),
    agency: fields.agency.optional(),
    headRequired: fields.headRequired.optional(),
    appeared: appeared.optional(),
    headSpoke: fields.headSpoke,
    note: fields.note,
  })
  .openapi("HearingPatch");

export const HearingSchema = z
  .object({
    id: z.number().int(),
    caseNo: z.string(),
    court: z.string(),
    hearingOn: z.string(),
    agency: z.string(),
    headRequired: z.boolean(),
    appeared: appeared,
    headSpoke: z.boolean().nullable(),
    note: z.string().nullable(),
    /** Computed: the head should have appeared and did not. */
    missed: z.boolean(),
    version: z.number().int(),
  })
  .openapi("Hearing");

export const HearingListSchema = z.object({ hearings: z.array(HearingSchema) }).openapi("HearingList");

export const AppearanceRowSchema = z
  .object({
    agency: z.string(),
    hearings: z.number().int(),
    required: z.number().int(),
    appeared: z.number().int(),
    spoke: z.number().int(),
    rate: z.number().nullable().openapi({ description: "appeared / required" }),
    spokeRate: z.number().nullable().openapi({ description: "spoke / appeared" }),
  })
  .openapi("AppearanceRow");
export const AppearanceStatsSchema = z
  .object({ period: z.string(), from: z.string(), to: z.string(), agencies: z.array(AppearanceRowSchema) })
  .openapi("AppearanceStats");

export const InterviewInputSchema = z
  .strictObject({
    agency: registerUnit,
    heldOn: RegisterDateSchema,
    who: lineText({ max: 200, required: "请填写约谈人及被约谈人" }).openapi({ example: "县司法局王某约谈县自然资源局局长李某" }),
    outcome: longText({ max: 2000, required: "请填写约谈结果" }),
  })
  .openapi("InterviewInput");
export const InterviewSchema = z
  .object({ id: z.number().int(), agency: z.string(), heldOn: z.string(), who: z.string(), outcome: z.string() })
  .openapi("Interview");

export const InterviewListRowSchema = z
  .object({
    agency: z.string(),
    missed: z.array(z.object({ id: z.number().int(), caseNo: z.string(), hearingOn: z.string(), appeared })),
    interviews: z.array(InterviewSchema),
    /** 已约谈 once a 约谈 is recorded on or after the latest missed hearing, else 待约谈. */
    status: z.enum(["待约谈", "已约谈"]),
  })
  .openapi("InterviewListRow");
export const InterviewListSchema = z
  .object({ period: z.string(), from: z.string(), to: z.string(), agencies: z.array(InterviewListRowSchema) })
  .openapi("InterviewList");

export type HearingInput = z.infer<typeof HearingInputSchema>;
export type HearingPatch = z.infer<typeof HearingPatchSchema>;
export type HearingWire = z.infer<typeof HearingSchema>;
export type InterviewInput = z.infer<typeof InterviewInputSchema>;
export type InterviewWire = z.infer<typeof InterviewSchema>;
export type AppearanceRow = z.infer<typeof AppearanceRowSchema>;
export type InterviewListRow = z.infer<typeof InterviewListRowSchema>;
