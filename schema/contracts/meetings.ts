import { z } from "@hono/zod-openapi";
import { attendanceStatuses, matterColours, matterStates, matterStatuses, meetingKinds, topicDecisions, topicStatuses } from "../values";
import { ID_MAX, intParam, lineText, longText, yearSchema } from "./common";
import { IsoDateSchema } from "./matters";

const unitName = lineText({ max: 100, required: "请填写单位名称" }).openapi({ example: "县财政局" });
const meetingId = z.number({ error: "会议编号应为整数" }).int("会议编号应为整数").positive("会议编号应为正整数").max(ID_MAX, "会议编号过大");
const decisionNo = z.number({ error: "决定序号应为整数" }).int("决定序号应为整数").min(1, "决定序号至少为 1").max(999, "决定序号不超过 999");

export const MeetingInputSchema = z
  .strictObject({
    kind: z.enum(meetingKinds, { error: `会议类型应为 ${meetingKinds.join(" 或 ")}` }),
    date: IsoDateSchema,
    convener: lineText({ max: 100, required: "请填写召集人" }).openapi({ example: "县长 王某" }),
    place: lineText({ max: 200, required: "请填写会议地点" }).openapi({ example: "县政府第一会议室" }),
    invited: z.array(unitName).min(1, "请至少邀请一家单位").max(200, "受邀单位最多 200 家"),
  })
  .openapi("MeetingInput");

/**
 * The office corrects a meeting's own fields, from the version read; `invited`, when given, is the
 * whole new list of invited units (a unit whose attendance is recorded stays).
 */
export const MeetingPatchSchema = z
  .strictObject({
    version: z.number({ error: "请带上拉取时的版本号 version" }).int().positive().max(ID_MAX),
    kind: MeetingInputSchema.shape.kind.optional(),
    date: IsoDateSchema.optional(),
    convener: MeetingInputSchema.shape.convener.optional(),
    place: MeetingInputSchema.shape.place.optional(),
    invited: MeetingInputSchema.shape.invited.optional(),
  })
  .openapi("MeetingPatch");

export const TopicInputSchema = z
  .strictObject({
    title: lineText({ max: 200, required: "请填写议题名称" }),
    description: longText({ max: 4000, required: "请填写议题说明" }),
    meeting: meetingId.optional().openapi({ description: "the meeting the topic is proposed for (any meeting, invited or not)" }),
  })
  .openapi("TopicInput");

export const TopicDecisionInputSchema = z
  .strictObject({
    decision: z.enum(topicDecisions, { error: "处理结果应为 列入议程 或 不予采纳" }),
    meeting: meetingId.optional().openapi({ description: "the meeting whose agenda it goes on (defaults to the one proposed for)" }),
    reason: longText({ max: 2000 }).optional().openapi({ description: "required to decline" }),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "不予采纳" && !v.reason?.trim()) ctx.addIssue({ code: "custom", path: ["reason"], message: "不予采纳时请填写理由" });
  })
  .openapi("TopicDecisionInput");

export const AttendanceInputSchema = z
  .strictObject({
    rows: z
      .array(
        z
          .strictObject({
            unit: unitName,
            status: z.enum(attendanceStatuses, { error: `出席情况应为 ${attendanceStatuses.join("、")} 之一` }),
            delegate: lineText({ max: 100 }).optional().openapi({ description: "who attended for the unit (委派代表出席)" }),
          })
          .superRefine((r, ctx) => {
            if (r.status === "委派代表出席" && !r.delegate) ctx.addIssue({ code: "custom", path: ["delegate"], message: "委派代表出席时请填写代表姓名" });
            if (r.status !== "委派代表出席" && r.delegate) ctx.addIssue({ code: "custom", path: ["delegate"], message: "只有委派代表出席时填写代表姓名" });
          }),
      )
      .min(1, "请至少填写一行出席情况")
      .max(200, "出席情况最多 200 行"),
  })
  .openapi("AttendanceInput");

export const MinutesInputSchema = z
  .strictObject({
    number: lineText({ max: 100, required: "请填写纪要编号" }).openapi({ example: "金府院纪〔2026〕1号" }),
    date: IsoDateSchema,
    decisions: z
      .array(
        z.strictObject({
          no: decisionNo,
          text: longText({ max: 4000, required: "请填写决定内容" }),
          lead: unitName,
          co: z.array(unitName).max(60, "协办单位最多 60 家").default([]),
          days: z.number({ error: "办理时限应为整数个工作日" }).int("办理时限应为整数个工作日").min(1, "办理时限至少 1 个工作日").max(365, "办理时限不超过 365 个工作日").default(10),
        }),
      )
      .min(1, "纪要应至少有一项决定")
      .max(100, "一份纪要最多 100 项决定")
      .superRefine((ds, ctx) => {
        ds.forEach((d, i) => {
          if (ds.findIndex((x) => x.no === d.no) !== i) ctx.addIssue({ code: "custom", path: [i, "no"], message: `决定序号 ${d.no} 重复` });
        });
      }),
  })
  .openapi("MinutesInput");

export const TurnDecisionsInputSchema = z
  .strictObject({
    decisions: z.array(decisionNo).min(1, "请选择至少一项决定").max(100, "一次最多 100 项决定"),
    assigned: IsoDateSchema.openapi({ description: "the day the matters are handed over (交办日期)" }),
  })
  .openapi("TurnDecisionsInput");

/** The matter a decision became, with its state today. */
const DecisionMatterSchema = z.object({
  id: z.number().int(),
  status: z.enum(matterStatuses),
  state: z.enum(matterStates),
  colour: z.enum(matterColours),
  deadline: z.string(),
});

export const DecisionSchema = z
  .object({
    no: z.number().int(),
    text: z.string(),
    lead: z.string(),
    co: z.array(z.string()),
    days: z.number().int(),
    matter: DecisionMatterSchema.nullable().openapi({ description: "the matter it was turned into, or null" }),
  })
  .openapi("MeetingDecision");

export const AttendeeSchema = z
  .object({ unit: z.string(), status: z.enum(attendanceStatuses).nullable(), delegate: z.string().nullable() })
  .openapi("MeetingAttendee");

export const TopicSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    description: z.string(),
    proposer: z.string(),
    meeting: z.number().int().nullable(),
    status: z.enum(topicStatuses),
    reason: z.string().nullable(),
  })
  .openapi("Topic");

export const MeetingSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(meetingKinds),
    date: z.string(),
    convener: z.string(),
    place: z.string(),
    invited: z.array(AttendeeSchema),
    agenda: z.array(TopicSchema).openapi({ description: "topics put on its agenda (列入议程)" }),
    minutes: z.object({ number: z.string(), date: z.string(), decisions: z.array(DecisionSchema) }).nullable(),
    version: z.number().int(),
  })
  .openapi("Meeting");

export const MeetingListSchema = z.object({ meetings: z.array(MeetingSchema) }).openapi("MeetingList");
export const TopicListSchema = z.object({ topics: z.array(TopicSchema) }).openapi("TopicList");
export const TurnedDecisionsSchema = z
  .object({ meeting: MeetingSchema, matters: z.array(z.object({ decision: z.number().int(), matter: z.number().int() })) })
  .openapi("TurnedDecisions");

export const MeetingIdParamSchema = z.object({ id: intParam("id", "会议编号", 1, ID_MAX).openapi({ param: { name: "id", in: "path" }, example: "1" }) });
export const TopicIdParamSchema = z.object({ id: intParam("id", "议题编号", 1, ID_MAX).openapi({ param: { name: "id", in: "path" }, example: "1" }) });
export const MeetingQuerySchema = z.object({ year: yearSchema("年度", "年度应为四位数字，如 2026", "query").optional() });

/** Per unit and year: decisions led and settled on time (会议决定落实率), meetings invited and attended (出席率). */
export const MeetingFiguresSchema = z.object({
  unit: z.string(),
  decisionsLed: z.number().int(),
  decisionsSettledOnTime: z.number().int(),
  decisionRate: z.number().nullable(),
  meetingsInvited: z.number().int(),
  meetingsAttended: z.number().int(),
  attendanceRate: z.number().nullable(),
});


export type MeetingInput = z.infer<typeof MeetingInputSchema>;
export type MeetingPatch = z.infer<typeof MeetingPatchSchema>;
export type TopicInput = z.infer<typeof TopicInputSchema>;
export type TopicDecisionInput = z.infer<typeof TopicDecisionInputSchema>;
export type AttendanceInput = z.infer<typeof AttendanceInputSchema>;
export type MinutesInput = z.infer<typeof MinutesInputSchema>;
export type TurnDecisionsInput = z.infer<typeof TurnDecisionsInputSchema>;
export type MeetingWire = z.infer<typeof MeetingSchema>;
export type TopicWire = z.infer<typeof TopicSchema>;
export type DecisionWire = z.infer<typeof DecisionSchema>;
export type MeetingFigures = z.infer<typeof MeetingFiguresSchema>;
export type TurnedDecisionsWire = z.infer<typeof TurnedDecisionsSchema>;
