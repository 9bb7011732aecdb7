import { z } from "@hono/zod-openapi";
import { reportReporters, reportingCycles } from "../values";
import { YEAR_MAX, YEAR_MIN, isoDateSchema, lineText } from "./common";
import { HistoryEntrySchema } from "./history";

// Each setting the office may change, with its own schema: `PUT /api/v1/settings/:key` parses
// `{ value }` by the key's schema. Checks that need the ledger (a unit or task exists) are the
// worker's (worker/settings/setting-checks.ts).

const day = (word: string) => isoDateSchema({ missing: `${word}应写作 YYYY-MM-DD`, invalid: `${word}应为有效日期，写作 YYYY-MM-DD` });

const ReportDutySchema = z.strictObject({
  task: z.number({ error: "任务序号应为数字" }).int("任务序号应为整数").min(1, "任务序号至少为 1").max(999, "任务序号不超过 999"),
  reporters: z.enum(reportReporters, { error: "报送单位只能是 lead（仅牵头单位）、all（全部责任单位）或 none（不需报送）" }),
  cycle: z.enum(reportingCycles, { error: "报送周期只能是 quarterly（按季）、monthly（按月）或 null（随台账周期）" }).nullable(),
});

const AssessedYearSchema = z.strictObject({
  year: z.number({ error: "年度应为数字" }).int("年度应为整数").min(YEAR_MIN, `年度应在 ${YEAR_MIN} 至 ${YEAR_MAX} 之间`).max(YEAR_MAX, `年度应在 ${YEAR_MIN} 至 ${YEAR_MAX} 之间`),
  units: z.array(lineText({ max: 100, required: "请填写单位名称" })).min(1, "参评单位至少一个").max(200, "参评单位不超过 200 个"),
});

/** The schema of each setting's value. Adding a setting is one entry here and one default in the worker. */
export const settingSchemas = {
  reportingCycle: z.enum(reportingCycles, { error: "报送周期只能是 quarterly（按季）或 monthly（按月）" }),
  dueSoonWorkdays: z.number({ error: "临期提醒天数应为数字" }).int("临期提醒天数应为整数").min(0, "临期提醒天数不能为负数").max(20, "临期提醒天数不超过 20"),
  signOff: z.boolean({ error: "签批应为 true 或 false" }),
  assessmentStart: day("台账启用日期").nullable(),
  reportDuties: z.array(ReportDutySchema).max(200, "报送要求不超过 200 条"),
  assessedUnits: z.array(AssessedYearSchema).max(100, "参评单位设置不超过 100 个年度"),
  jointMeetingDue: day("联席会议日期").nullable(),
  suggestionReplyDays: z.number({ error: "司法建议回复期限应为数字" }).int("司法建议回复期限应为整数天数").min(1, "司法建议回复期限至少 1 天").max(365, "司法建议回复期限不超过 365 天"),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingSchemas)[K]>;
export type ReportDutyWire = z.infer<typeof ReportDutySchema>;

export const settingKeys = Object.keys(settingSchemas) as SettingKey[];

export const SettingKeyParamSchema = z.object({
  key: z.string().openapi({ param: { name: "key", in: "path" }, example: "reportingCycle" }),
});

/** The PUT body: the new value, checked by the key's schema. */
export const SettingInputSchema = z
  .strictObject({ value: z.unknown().refine((v) => v !== undefined, "请填写 value") })
  .openapi("SettingInput");

export const SettingSchema = z
  .object({
    key: z.string(),
    value: z.unknown(),
    default: z.unknown().openapi({ description: "the value that applies until the office sets one" }),
    set: z.boolean().openapi({ description: "false: the default applies" }),
    updatedAt: z.number().int().nullable().openapi({ description: "epoch ms of the last change; null when never set" }),
    description: z.string(),
  })
  .openapi("Setting");

export const SettingListSchema = z.object({ settings: z.array(SettingSchema) }).openapi("SettingList");

export const SettingHistorySchema = z
  .object({ key: z.string(), changes: z.array(HistoryEntrySchema).openapi({ description: "oldest first" }) })
  .openapi("SettingHistory");
