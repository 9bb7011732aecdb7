import { z } from "@hono/zod-openapi";
import { draftKinds, draftStatuses } from "../values";
import { ReportInputRowSchema } from "./reports";
import { IsoDateSchema } from "./matters";
import { ID_MAX, intParam } from "./common";

const version = z.number({ error: "请带上拉取时的版本号 version" }).int().positive();
const matter = z.number({ error: "请填写事项编号" }).int().positive().openapi({ example: 12 });
const longText = (required: string) => z.string().trim().min(1, required).max(4000, "不超过4000字");

/** What an 执行员 drafts: a progress row, a settlement, or a co-unit's contribution. */
export const DraftInputSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("进展报送"), report: ReportInputRowSchema.strict() }).strict(),
    z.object({ kind: z.literal("办结"), matter, version, settled: IsoDateSchema, result: longText("请填写办理结果") }).strict(),
    z.object({ kind: z.literal("协办情况"), matter, version, contribution: longText("请填写协办情况") }).strict(),
  ], { error: `草稿类型 kind 应为 ${draftKinds.join("、")} 之一` })
  .openapi("DraftInput");

export const DraftSchema = z
  .object({
    id: z.number().int(),
    unit: z.string(),
    kind: z.enum(draftKinds),
    matter: z.number().int().nullable(),
    body: z.record(z.string(), z.unknown()).openapi({ description: "the write the draft carries (a report row or a matter patch)" }),
    author: z.string().nullable().openapi({ description: "the person who drafted it" }),
    authorId: z.number().int().nullable().openapi({ description: "that person's id (null: saved with a token issued to no person)" }),
    status: z.enum(draftStatuses),
    submittedOn: z.string().nullable().openapi({ description: "the day the 联络员 submitted it; on-time rules use this day" }),
    submittedBy: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.number().int().openapi({ description: "epoch ms" }),
  })
  .openapi("Draft");

export const DraftListSchema = z.object({ drafts: z.array(DraftSchema) }).openapi("DraftList");
export const DraftQuerySchema = z.object({ status: z.enum(draftStatuses, { error: "状态应为 草稿 或 已报送" }).optional() });
export const DraftIdParamSchema = z.object({
  id: intParam("id", "草稿编号", 1, ID_MAX).openapi({ param: { name: "id", in: "path" }, example: "3" }),
});
export const DraftSubmitSchema = z.object({ version }).strict().openapi("DraftSubmit");
/**
 * A draft's new content, from the version read: `draft` is written as when it was saved (same
 * kind, same matter), and is checked again as it will be when submitted.
 */
export const DraftPatchSchema = z
  .strictObject({ version, draft: DraftInputSchema })
  .openapi("DraftPatch");

export const SignOffSchema = z
  .object({ enabled: z.boolean({ error: "enabled 应为 true 或 false" }).openapi({ description: "true: 执行员 draft, the 联络员 submits" }) })
  .strict()
  .openapi("SignOff");

export type DraftInput = z.infer<typeof DraftInputSchema>;
export type DraftPatch = z.infer<typeof DraftPatchSchema>;
export type DraftWire = z.infer<typeof DraftSchema>;
