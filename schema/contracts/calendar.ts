import { z } from "@hono/zod-openapi";
import { isValidIsoDate } from "../iso-date";
import { intParam, isoDateSchema, lineText, YEAR_MAX, YEAR_MIN, yearSchema } from "./common";

const isoDate = (name: string) =>
  isoDateSchema({ missing: `请填写${name}，格式为 YYYY-MM-DD`, invalid: `${name}不是有效日期，应写作 YYYY-MM-DD（如 2026-03-02）` });

export const CalendarYearParamSchema = z.object({ year: yearSchema("年份", "年份应为四位数字", "path") });

export const CalendarYearSchema = z
  .object({
    year: z.number().int(),
    source: z.string(),
    off: z.array(z.string()),
    work: z.array(z.string()),
  })
  .openapi("CalendarYear");

export const CalendarListSchema = z.object({ years: z.array(CalendarYearSchema) }).openapi("CalendarList");

/** Dates are checked cell by cell in the handler, so that row and column name the bad cell. */
export const CalendarYearInputSchema = z
  .strictObject({
    off: z.array(z.string({ error: "日期应为文本 YYYY-MM-DD" }), { error: "请填写放假日期 off（可为空数组）" }).max(366, "一年最多 366 天"),
    work: z.array(z.string({ error: "日期应为文本 YYYY-MM-DD" }), { error: "请填写调休上班日期 work（可为空数组）" }).max(366, "一年最多 366 天"),
    source: lineText({ max: 500, required: "来源通知不能为空" }).optional(),
  })
  .openapi("CalendarYearInput");

export const CalendarYearSavedSchema = CalendarYearSchema.extend({
  /** Open matters whose deadline was recomputed because of this change. */
  recomputed: z.number().int(),
}).openapi("CalendarYearSaved");

export const DeadlineQuerySchema = z.object({
  start: isoDate("起算日期 start"),
  days: intParam("days", "工作日数", 1, 3650).openapi({ example: "10" }),
});

export const DeadlineSchema = z
  .object({
    start: z.string(),
    days: z.number().int(),
    deadline: z.string(),
    provisional: z.boolean(),
    /** Present when provisional: which years were counted by weekends only. */
    note: z.string().optional(),
  })
  .openapi("Deadline");

export const WorkdaysQuerySchema = z.object({ from: isoDate("起始日期 from"), to: isoDate("截止日期 to") });

export const WorkdaysSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    workdays: z.number().int(),
    provisional: z.boolean(),
    note: z.string().optional(),
  })
  .openapi("Workdays");

/** The seed file: one State Council arrangement per year. */
export const CalendarSeedSchema = z.object({
  arrangements: z
    .array(
      z.object({
        year: z.number().int().min(YEAR_MIN).max(YEAR_MAX),
        source: z.string().min(1),
        off: z.array(z.string().refine(isValidIsoDate)),
        work: z.array(z.string().refine(isValidIsoDate)),
      }),
    )
    .min(1),
});

export type CalendarYearInput = z.infer<typeof CalendarYearInputSchema>;
export type CalendarSeed = z.infer<typeof CalendarSeedSchema>;
export type CalendarYearWire = z.infer<typeof CalendarYearSchema>;
export type CalendarYearSavedWire = z.infer<typeof CalendarYearSavedSchema>;
