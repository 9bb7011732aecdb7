import { z } from "@hono/zod-openapi";
import {
  channelKinds,
  deliveryStatuses,
  extensionDecisions,
  extensionStatuses,
  matterColours,
  matterSources,
  matterStates,
  matterStatuses,
  reminderKinds,
  reminderRecipients,
  reviewDecisions,
} from "../values";
import { ID_MAX, intParam, isoDateSchema, lineText, longText } from "./common";
import { JointMeetingMissingSchema } from "./joint-meeting";

/** A calendar day `YYYY-MM-DD` that exists (2026-02-30 is refused). */
export const IsoDateSchema = isoDateSchema({ format: "日期应写作 YYYY-MM-DD，如 2026-03-02", invalid: "日期不存在" });

const unitName = lineText({ max: 100, required: "请填写单位名称" }).openapi({ example: "县财政局" });

export const MatterInputSchema = z
  .strictObject({
    title: lineText({ max: 200, required: "请填写事项名称" }).openapi({ example: "某企业破产财产处置协调" }),
    task: z.number({ error: "任务序号应为 1–32 的整数" }).int("任务序号应为整数").min(1, "任务序号应为 1–32 的整数").max(ID_MAX, "任务序号应为 1–32 的整数").nullish().openapi({ description: "key task number; null or absent when none" }),
    source: z.enum(matterSources, { error: `来源应为 ${matterSources.join("、")} 之一` }),
    sourceRef: lineText({ max: 200 }).nullish().openapi({ description: "originating record, e.g. minutes number" }),
    lead: unitName,
    co: z.array(unitName).max(60, "协办单位最多 60 家").default([]),
    assigned: IsoDateSchema,
    days: z.number({ error: "办理时限应为整数个工作日" }).int("办理时限应为整数个工作日").min(1, "办理时限至少 1 个工作日").max(365, "办理时限不超过 365 个工作日").default(10),
  })
  .openapi("MatterInput");

const versionField = z.number({ error: "请带上拉取时的版本号 version" }).int().positive().max(ID_MAX);
const reasonField = longText({ max: 2000, required: "请填写理由" });

/** The fields the office may correct on an open matter (更正), each optional. */
const correctionFields = {
  title: MatterInputSchema.shape.title.optional(),
  task: MatterInputSchema.shape.task,
  source: MatterInputSchema.shape.source.optional(),
  sourceRef: MatterInputSchema.shape.sourceRef,
  lead: unitName.optional(),
  co: z.array(unitName).max(60, "协办单位最多 60 家").optional(),
  days: z.number({ error: "办理时限应为整数个工作日" }).int("办理时限应为整数个工作日").min(1, "办理时限至少 1 个工作日").max(365, "办理时限不超过 365 个工作日").optional(),
};
const correctionKeys = Object.keys(correctionFields) as (keyof typeof correctionFields)[];

/**
 * One PATCH, three kinds of change, told apart by their fields: a settlement (settled + result,
 * the lead unit or the office), a contribution note (a co-unit), or a correction (更正, the
 * office: any of title, task, source, sourceRef, lead, co, days, with a reason).
 */
export const MatterPatchSchema = z
  .strictObject({
    version: versionField,
    settled: IsoDateSchema.optional(),
    result: longText({ max: 4000, required: "请填写办理结果" }).optional(),
    contribution: longText({ max: 4000, required: "请填写协办情况" }).optional(),
    ...correctionFields,
    reason: reasonField.optional().openapi({ description: "why the office corrects the matter (required with a correction)" }),
  })
  .superRefine((v, ctx) => {
    const settling = v.settled !== undefined || v.result !== undefined;
    const correcting = v.reason !== undefined || correctionKeys.some((k) => v[k] !== undefined);
    if (settling && v.contribution !== undefined) {
      ctx.addIssue({ code: "custom", path: ["contribution"], message: "办结与协办情况请分开提交" });
    } else if (correcting && (settling || v.contribution !== undefined)) {
      ctx.addIssue({ code: "custom", path: [], message: "办结、协办情况与更正请分开提交" });
    } else if (settling) {
      if (v.settled === undefined) ctx.addIssue({ code: "custom", path: ["settled"], message: "办结时请填写办结日期" });
      if (v.result === undefined) ctx.addIssue({ code: "custom", path: ["result"], message: "办结时请填写办理结果" });
    } else if (correcting) {
      if (v.reason === undefined) ctx.addIssue({ code: "custom", path: ["reason"], message: "更正事项时请填写更正理由" });
      if (!correctionKeys.some((k) => v[k] !== undefined)) ctx.addIssue({ code: "custom", path: [], message: "请填写要更正的内容" });
    } else if (v.contribution === undefined) {
      ctx.addIssue({ code: "custom", path: [], message: "请填写办结日期和办理结果（办结），或协办情况 contribution（协办单位）" });
    }
  })
  .openapi("MatterPatch");

export const ReviewInputSchema = z
  .strictObject({
    version: versionField,
    decision: z.enum(reviewDecisions, { error: "审核结果应为 通过 或 退回" }),
    note: longText({ max: 2000 }).optional().openapi({ description: "the reason; required with 退回" }),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "退回" && !v.note) ctx.addIssue({ code: "custom", path: ["note"], message: "退回时请填写退回理由" });
  })
  .openapi("ReviewInput");

/** Reopening (重新打开) or cancelling (撤销) a matter: the version read and why. */
export const LifecycleInputSchema = z.strictObject({ version: versionField, reason: reasonField }).openapi("LifecycleInput");

export const ReviewSchema = z
  .object({
    id: z.number().int(),
    decision: z.enum(reviewDecisions),
    settled: z.string(),
    result: z.string(),
    onTime: z.boolean(),
    note: z.string().nullable(),
    reviewedAt: z.number().int().openapi({ description: "epoch ms" }),
  })
  .openapi("MatterReview");

export const ExtensionRequestSchema = z
  .strictObject({
    version: z.number({ error: "请带上拉取时的版本号 version" }).int().positive().max(ID_MAX),
    reason: longText({ max: 2000, required: "请填写延期理由" }),
    days: z.number({ error: "延期天数应为整数个工作日" }).int("延期天数应为整数个工作日").min(1, "延期至少 1 个工作日").max(60, "延期不超过 60 个工作日"),
  })
  .openapi("ExtensionRequest");

export const ExtensionDecisionSchema = z
  .strictObject({
    version: z.number({ error: "请带上拉取时的版本号 version" }).int().positive().max(ID_MAX),
    decision: z.enum(extensionDecisions, { error: "审批结果应为 批准 或 驳回" }),
    note: longText({ max: 2000 }).optional().openapi({ description: "the reason; required with 驳回" }),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "驳回" && !v.note?.trim()) ctx.addIssue({ code: "custom", path: ["note"], message: "驳回延期申请时请填写驳回理由" });
  })
  .openapi("ExtensionDecision");

export const ExtensionSchema = z
  .object({
    id: z.number().int(),
    reason: z.string(),
    days: z.number().int(),
    status: z.enum(extensionStatuses),
    decisionNote: z.string().nullable(),
    previousDeadline: z.string(),
    newDeadline: z.string().nullable(),
    requestedAt: z.number().int().openapi({ description: "epoch ms" }),
    decidedAt: z.number().int().nullable(),
  })
  .openapi("MatterExtension");

export const ContributionSchema = z
  .object({ unit: z.string(), contribution: z.string(), at: z.number().int().openapi({ description: "epoch ms" }) })
  .openapi("MatterContribution");

export const MatterSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    task: z.number().int().nullable(),
    source: z.enum(matterSources),
    sourceRef: z.string().nullable(),
    lead: z.string(),
    co: z.array(z.string()),
    assigned: z.string(),
    days: z.number().int(),
    deadline: z.string(),
    originalDeadline: z.string(),
    provisional: z.boolean().openapi({ description: "true when the deadline runs past the last loaded holiday year" }),
    status: z.enum(matterStatuses),
    state: z.enum(matterStates),
    colour: z.enum(matterColours),
    workdaysLeft: z.number().int().nullable(),
    overdueSince: z.string().nullable(),
    settled: z.string().nullable(),
    result: z.string().nullable(),
    onTime: z.boolean().nullable(),
    returns: z.number().int().openapi({ description: "how many times the office sent a settlement back (退回次数)" }),
    version: z.number().int(),
    extensions: z.array(ExtensionSchema),
    reviews: z.array(ReviewSchema).openapi({ description: "the office's reviews of settlements, oldest first; a returned one keeps the settlement it refused" }),
    contributions: z.array(ContributionSchema),
    decision: z
      .object({ meeting: z.number().int(), minutesNo: z.string(), no: z.number().int() })
      .nullable()
      .openapi({ description: "the meeting decision (会议决定) this matter was turned from, or null" }),
  })
  .openapi("Matter");

export const ResolvedNameSchema = z
  .object({ written: z.string(), unit: z.string() })
  .openapi("ResolvedName", { description: "a unit written by another name (alias) and the unit it stands for" });

export const MatterCreatedSchema = MatterSchema.extend({ resolved: z.array(ResolvedNameSchema) }).openapi("MatterCreated");

export const MatterListSchema = z
  .object({ matters: z.array(MatterSchema), nextCursor: z.string().nullable() })
  .openapi("MatterList");

export const MatterQuerySchema = z.object({
  unit: lineText({ max: 100, required: "请填写单位名称" }).optional(),
  status: z.enum(matterStatuses, { error: `状态应为 ${matterStatuses.join("、")} 之一` }).optional(),
  task: intParam("task", "任务序号", 1, ID_MAX).optional(),
  source: z.enum(matterSources, { error: `来源应为 ${matterSources.join("、")} 之一` }).optional(),
  from: IsoDateSchema.optional().openapi({ description: "assigned on or after" }),
  to: IsoDateSchema.optional().openapi({ description: "assigned on or before" }),
  limit: intParam("limit", "每页条数", 1, 500).optional(),
  cursor: z.string().min(1, "翻页游标 cursor 不能为空：请照上一页答复中的 nextCursor 填写").optional(),
});

export const MatterIdParamSchema = z.object({
  id: intParam("id", "事项编号", 1, ID_MAX).openapi({ param: { name: "id", in: "path" }, example: "1" }),
});
export const ExtensionIdParamSchema = MatterIdParamSchema.extend({
  ext: intParam("ext", "延期申请编号", 1, ID_MAX).openapi({ param: { name: "ext", in: "path" }, example: "1" }),
});

/** One reminder sent over one channel: where it went and how it went. */
export const DeliverySchema = z
  .object({
    recipient: z.enum(reminderRecipients),
    person: z
      .object({ id: z.number().int(), name: z.string().nullable() })
      .nullable()
      .openapi({ description: "the person it was addressed to (the lead unit's current 联络员, a leader in charge), as named that day; null: the unit had no 联络员" }),
    unit: z.string().openapi({ description: "the unit whose channel carried it" }),
    channel: z.enum(channelKinds),
    url: z.string().openapi({ description: "the channel's address, credentials masked" }),
    status: z.enum(deliveryStatuses),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    nextAttemptAt: z.string().nullable().openapi({ description: "ISO instant of the next try after a failed one (backoff)" }),
    deliveredAt: z.string().nullable().openapi({ description: "ISO instant of the successful try" }),
  })
  .openapi("Delivery");

export const ReminderSchema = z
  .object({
    id: z.number().int(),
    matterId: z.number().int(),
    title: z.string(),
    lead: z.string(),
    on: z.string(),
    kind: z.enum(reminderKinds),
    workdaysLeft: z.number().int(),
    deadline: z.string(),
    deliveries: z.array(DeliverySchema),
  })
  .openapi("Reminder");
export const ReminderListSchema = z
  .object({
    reminders: z.array(ReminderSchema),
    meetingAlerts: z.array(JointMeetingMissingSchema).openapi({ description: "the office's: years whose joint meeting is past its due day and not held" }),
  })
  .openapi("ReminderList");
export const ReminderQuerySchema = z.object({
  on: IsoDateSchema.optional().openapi({ description: "only reminders of this day" }),
  matter: intParam("matter", "事项编号", 1, ID_MAX).optional(),
  open: z
    .enum(["true", "false"])
    .optional()
    .openapi({ description: "true: only matters still open, each with its latest reminder (a unit's open 催办)" }),
});

export type MatterInput = z.infer<typeof MatterInputSchema>;
export type MatterPatch = z.infer<typeof MatterPatchSchema>;
/** Request bodies as a client writes them (defaults not yet applied). */
export type MatterInputBody = z.input<typeof MatterInputSchema>;
export type MatterPatchBody = z.input<typeof MatterPatchSchema>;
export type MatterWire = z.infer<typeof MatterSchema>;
export type ReviewInput = z.infer<typeof ReviewInputSchema>;
export type LifecycleInput = z.infer<typeof LifecycleInputSchema>;
export type MatterCreatedWire = z.infer<typeof MatterCreatedSchema>;
export type ReminderWire = z.infer<typeof ReminderSchema>;
export type ReminderListWire = z.infer<typeof ReminderListSchema>;
export type DeliveryWire = z.infer<typeof DeliverySchema>;
