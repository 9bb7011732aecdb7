import { z } from "@hono/zod-openapi";
import { ID_MAX, intParam, lineText, longText, YEAR_MAX, YEAR_MIN } from "./common";

/** Most rows one submission may carry (README, "What we promise"). */
export const MAX_REPORT_ROWS = 5000;

/** `2026-Q1` (quarterly, the default cycle) or `2026-03` (monthly, where the office sets it). */
export const PeriodSchema = z
  .string()
  .regex(/^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/, { message: "报送期次应写作 2026-Q1（季度）或 2026-03（月度）", abort: true })
  .refine((p) => Number(p.slice(0, 4)) >= YEAR_MIN && Number(p.slice(0, 4)) <= YEAR_MAX, `报送期次的年份应在 ${YEAR_MIN}–${YEAR_MAX} 之间`)
  .openapi({ example: "2026-Q1" });

export const ReportInputRowSchema = z.strictObject({
  task: z.number({ error: "任务序号应为 1–32 的整数" }).int("任务序号应为整数").min(1, "任务序号应为 1–32 的整数").max(ID_MAX, "任务序号应为 1–32 的整数").openapi({ example: 17 }),
  period: PeriodSchema,
  progress: longText({ max: 4000, required: "请填写工作进展" }),
  problems: longText({ max: 4000 }).default(""),
  plan: longText({ max: 4000 }).default(""),
  /** For office staff submitting on a unit's behalf; a unit token may only name itself. */
  unit: lineText({ max: 100, required: "请填写单位名称" }).optional(),
  /** The version the row was pulled at; a newer one on the server makes the row a conflict. */
  version: z.number().int().positive().max(ID_MAX).optional(),
});

export const ReportSubmissionSchema = z
  .strictObject({
    rows: z.array(ReportInputRowSchema).min(1, "至少提交一行").max(MAX_REPORT_ROWS, `一次最多提交 ${MAX_REPORT_ROWS} 行（行数上限 ${MAX_REPORT_ROWS}），请分批提交`),
  })
  .openapi("ReportSubmission");

export const ReportSchema = z
  .object({
    id: z.number().int(),
    unit: z.string(),
    task: z.number().int(),
    period: z.string(),
    progress: z.string(),
    problems: z.string(),
    plan: z.string(),
    submittedOn: z.string(),
    version: z.number().int(),
  })
  .openapi("Report");

export const ReportListSchema = z.object({ rows: z.array(ReportSchema) }).openapi("ReportList");
export const ReportQuerySchema = z.object({
  period: PeriodSchema.optional(),
  task: intParam("task", "任务序号", 1, ID_MAX).optional(),
  unit: lineText({ max: 100, required: "请填写单位名称" }).optional(),
});
export type ReportInputRow = z.infer<typeof ReportInputRowSchema>;
/** A submitted row as a client writes it (defaults not yet applied). */
export type ReportInputBody = z.input<typeof ReportInputRowSchema>;
export type ReportRow = z.infer<typeof ReportSchema>;
