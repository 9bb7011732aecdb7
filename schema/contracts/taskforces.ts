import { z } from "@hono/zod-openapi";
import { matterColours, matterStates, matterStatuses, taskforceLogKinds, taskforceRoles, taskforceSides, taskforceStatuses } from "../values";
import { ID_MAX, intParam, isoDateSchema, lineText, longText } from "./common";
import { MatterInputSchema } from "./matters";

const versionField = z.number({ error: "请带上拉取时的版本号 version" }).int().positive().max(ID_MAX);
const day = isoDateSchema({ format: "日期应写作 YYYY-MM-DD，如 2026-03-02", invalid: "日期不存在" });

const memberInput = z.strictObject({
  person: z.number({ error: "成员应为人员编号（整数）" }).int("成员应为人员编号（整数）").positive("成员应为人员编号（整数）").max(ID_MAX),
  side: z.enum(taskforceSides, { error: "所属方应为 政府 或 法院" }),
  role: z.enum(taskforceRoles, { error: "专班职务应为 组长 或 成员" }),
});

export const TaskforceInputSchema = z
  .strictObject({
    name: lineText({ max: 200, required: "请填写专班名称" }).openapi({ example: "某企业破产重整工作专班" }),
    serves: lineText({ max: 500, required: "请填写专班服务的案件或事项" }).openapi({ example: "某企业破产重整案" }),
    matter: z.number({ error: "事项编号应为整数" }).int().positive().max(ID_MAX).optional().openapi({ description: "the ledger matter it serves, when there is one" }),
    members: z.array(memberInput).min(1, "请填写专班成员").max(60, "专班成员最多 60 人"),
  })
  .superRefine((v, ctx) => {
    for (const side of taskforceSides) {
      if (!v.members.some((m) => m.side === side)) ctx.addIssue({ code: "custom", path: ["members"], message: `专班由县政府与县法院联合成立，请填写${side}方成员` });
    }
    if (!v.members.some((m) => m.role === "组长")) ctx.addIssue({ code: "custom", path: ["members"], message: "请指定专班组长" });
  })
  .openapi("TaskforceInput");

export const TaskforceLogInputSchema = z
  .strictObject({
    date: day,
    kind: z.enum(taskforceLogKinds, { error: "记录类别应为 会议 或 行动" }),
    text: longText({ max: 4000, required: "请填写会议或工作情况" }),
  })
  .openapi("TaskforceLogInput");

export const TaskforceEndInputSchema = z
  .strictObject({ version: versionField, note: longText({ max: 2000, required: "请填写结束说明" }).optional() })
  .openapi("TaskforceEndInput");

/** A matter the task force hands out: a matter as the office writes one, its source being the task force. */
export const TaskforceMatterInputSchema = MatterInputSchema.omit({ source: true, sourceRef: true }).openapi("TaskforceMatterInput");

export const TaskforceMemberSchema = z
  .object({
    person: z.number().int(),
    name: z.string().nullable(),
    unit: z.string().nullable(),
    side: z.enum(taskforceSides),
    role: z.enum(taskforceRoles),
  })
  .openapi("TaskforceMember");

export const TaskforceMatterSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    lead: z.string(),
    deadline: z.string(),
    status: z.enum(matterStatuses),
    state: z.enum(matterStates),
    colour: z.enum(matterColours),
    settled: z.string().nullable(),
    served: z.boolean().openapi({ description: "true for the matter the task force serves, false for one it created" }),
  })
  .openapi("TaskforceMatter");

export const TaskforceLogEntrySchema = z
  .object({ id: z.number().int(), on: z.string(), kind: z.enum(taskforceLogKinds), text: z.string(), at: z.number().int().openapi({ description: "epoch ms" }) })
  .openapi("TaskforceLogEntry");

export const TaskforceSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    serves: z.string(),
    matter: z.number().int().nullable(),
    status: z.enum(taskforceStatuses),
    endedOn: z.string().nullable(),
    endNote: z.string().nullable(),
    version: z.number().int(),
    members: z.array(TaskforceMemberSchema),
    matters: z.array(TaskforceMatterSchema),
    log: z.array(TaskforceLogEntrySchema),
  })
  .openapi("Taskforce");

export const TaskforceListSchema = z.object({ taskforces: z.array(TaskforceSchema) }).openapi("TaskforceList");

export const TaskforceIdParamSchema = z.object({
  id: intParam("id", "专班编号", 1, ID_MAX).openapi({ param: { name: "id", in: "path" }, example: "1" }),
});

export type TaskforceInput = z.infer<typeof TaskforceInputSchema>;
export type TaskforceLogInput = z.infer<typeof TaskforceLogInputSchema>;
export type TaskforceMatterInput = z.infer<typeof TaskforceMatterInputSchema>;
export type TaskforceWire = z.infer<typeof TaskforceSchema>;
