import { z } from "@hono/zod-openapi";

/** `2026-Q1` (quarterly, the default cycle) or `2026-03` (monthly, where the office sets it). */
export const PeriodSchema = z
  .string()
  .regex(/^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/, "报送期次应写作 2026-Q1（季度）或 2026-03（月度）")
  .openapi({ example: "2026-Q1" });

const text = (max: number) => z.string().trim().max(max, `不超过${max}字`);

export const ReportInputRowSchema = z.object({
  task: z.number({ error: "任务序号应为 1–32 的整数" }).int("任务序号应为整数").min(1).openapi({ example: 17 }),
  period: PeriodSchema,
  progress: text(4000).min(1, "请填写工作进展"),
  problems: text(4000).default(""),
  plan: text(4000).default(""),
  /** For office staff submitting on a unit's behalf; a unit token may only name itself. */
  unit: z.string().min(1).optional(),
  /** The version the row was pulled at; a newer one on the server makes the row a conflict. */
  version: z.number().int().positive().optional(),
});

export const ReportSubmissionSchema = z
  .object({ rows: z.array(ReportInputRowSchema).min(1, "至少提交一行").max(2000, "一次最多提交 2000 行") })
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
  task: z.coerce.number().int().min(1).optional(),
  unit: z.string().min(1).optional(),
});
export type ReportInputRow = z.infer<typeof ReportInputRowSchema>;
/** A submitted row as a client writes it (defaults not yet applied). */
export type ReportInputBody = z.input<typeof ReportInputRowSchema>;
export type ReportRow = z.infer<typeof ReportSchema>;
