import { z } from "@hono/zod-openapi";
import { suggestionAdoptions, suggestionKinds, suggestionReplyStates } from "../values";
import { lineText, longText } from "./common";
import { RegisterDateSchema, registerUnit, registerVersion } from "./registers-common";

const kind = z.enum(suggestionKinds, { error: `建议类别应为 ${suggestionKinds.join("、")} 之一` });
const adoption = z.enum(suggestionAdoptions, { error: `采纳情况应为 ${suggestionAdoptions.join("、")} 之一` });
const replyDays = z.number({ error: "回复期限应为整数天" }).int("回复期限应为整数天").min(1, "回复期限至少 1 天").max(365, "回复期限不超过 365 天");
const fields = {
  no: lineText({ max: 100, required: "请填写文号" }).openapi({ example: "（2026）皖1524司建1号" }),
  issuedOn: RegisterDateSchema,
  addressee: registerUnit.openapi({ description: "the unit addressed: a known unit under any of its names" }),
  subject: lineText({ max: 300, required: "请填写建议事由" }),
  kind,
  replyDays: replyDays.optional().openapi({ description: "calendar days to reply; default the setting suggestionReplyDays" }),
};

export const SuggestionInputSchema = z.strictObject(fields).openapi("SuggestionInput");

export const SuggestionPatchSchema = z
  .strictObject({
    version: registerVersion,
    no: fields.no.optional(),
    issuedOn: fields.issuedOn.optional(),
    addressee: fields.addressee.optional(),
    subject: fields.subject.optional(),
    kind: kind.optional(),
    replyDays: replyDays.optional(),
  })
  .openapi("SuggestionPatch");

/** The addressee's reply; 未采纳 needs a reason. A second reply (a correction) names the version read. */
export const SuggestionReplySchema = z
  .strictObject({
    version: registerVersion,
    repliedOn: RegisterDateSchema,
    adoption,
    reply: longText({ max: 4000, required: "请填写回复内容" }),
    reason: longText({ max: 2000, required: "请填写未采纳的理由" }).nullish(),
  })
  .openapi("SuggestionReply");

export const SuggestionSchema = z
  .object({
    id: z.number().int(),
    no: z.string(),
    issuedOn: z.string(),
    addressee: z.string(),
    subject: z.string(),
    kind,
    replyDays: z.number().int(),
    replyBy: z.string(),
    repliedOn: z.string().nullable(),
    adoption: adoption.nullable(),
    reply: z.string().nullable(),
    reason: z.string().nullable(),
    replyState: z.enum(suggestionReplyStates),
    onTime: z.boolean().nullable().openapi({ description: "null while unreplied within the limit" }),
    version: z.number().int(),
  })
  .openapi("Suggestion");
export const SuggestionListSchema = z.object({ suggestions: z.array(SuggestionSchema) }).openapi("SuggestionList");

export const SuggestionStatsRowSchema = z
  .object({
    unit: z.string(),
    issued: z.number().int(),
    due: z.number().int(),
    replied: z.number().int(),
    onTime: z.number().int(),
    adopted: z.number().int(),
    partly: z.number().int(),
    replyRate: z.number().nullable(),
    onTimeRate: z.number().nullable(),
    adoptionRate: z.number().nullable(),
  })
  .openapi("SuggestionStatsRow");
export const SuggestionStatsSchema = z
  .object({ period: z.string(), from: z.string(), to: z.string(), units: z.array(SuggestionStatsRowSchema) })
  .openapi("SuggestionStats");

export type SuggestionInput = z.infer<typeof SuggestionInputSchema>;
export type SuggestionPatch = z.infer<typeof SuggestionPatchSchema>;
export type SuggestionReply = z.infer<typeof SuggestionReplySchema>;
export type SuggestionWire = z.infer<typeof SuggestionSchema>;
export type SuggestionStatsRow = z.infer<typeof SuggestionStatsRowSchema>;
