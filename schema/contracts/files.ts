import { z } from "@hono/zod-openapi";
import { lineText, longText, YEAR_MAX, YEAR_MIN } from "./common";
import { PeriodSchema } from "./reports";

/** Largest 报送表 file accepted back (far above a filled template of every task). */
export const MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;
/**
 * Largest 报送表 once unzipped. An .xlsx is read whole into memory; a filled template of every task
 * unzips to well under 1 MB, while a crafted 100 KB file can unzip to hundreds of MB.
 */
export const MAX_TEMPLATE_INFLATED_BYTES = 16 * 1024 * 1024;

/** The media type of an .xlsx file. */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** The media type of a .docx file. */
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const TemplateQuerySchema = z.object({
  period: PeriodSchema,
  /** The office downloads a unit's template by naming it; a unit gets its own. */
  unit: lineText({ max: 100, required: "请填写单位名称" }).optional(),
});

export const UploadQuerySchema = z.object({
  /** When given, the file must be this period's template. */
  period: PeriodSchema.optional(),
  /** `1`: on refusal, answer the file itself with every refused cell marked red and its reason beside it. */
  marked: z.enum(["0", "1"], { error: "marked 只能为 0 或 1" }).optional(),
});

/** `2026.docx`: the year of the 通报. */
export const NoticeFileParamSchema = z.object({
  file: z
    .string()
    .regex(/^\d{4}\.docx$/, "文件名应写作 年度.docx，如 2026.docx")
    .transform((f) => Number(f.slice(0, 4)))
    .pipe(z.number().int().min(YEAR_MIN, `年度应在 ${YEAR_MIN}–${YEAR_MAX} 之间`).max(YEAR_MAX, `年度应在 ${YEAR_MIN}–${YEAR_MAX} 之间`))
    .openapi({ param: { name: "file", in: "path" }, example: "2026.docx" }),
});

/** `县财政局.docx`: the unit (any of its names) the 催办单 goes to. */
export const ReminderFileParamSchema = z.object({
  file: z
    .string()
    .regex(/^[^/]{1,100}\.docx$/, "文件名应写作 单位名称.docx，如 县财政局.docx")
    .transform((f) => f.slice(0, -".docx".length))
    .openapi({ param: { name: "file", in: "path" }, example: "县财政局.docx" }),
});

/** What the office sets in a document before it is final; every field may be left to the draft. */
export const DocumentEditSchema = z
  .strictObject({
    /** The whole text as edited: first line the title, then 主送 (a line ending in “：”), the body, and the issuing office and date as the last two lines. */
    text: longText({ max: 20000, required: "请填写正文" }).optional(),
    /** 发文字号, e.g. 金府联办〔2026〕1号. */
    number: lineText({ max: 40, required: "请填写发文字号" }).optional(),
    /** 成文日期 (YYYY-MM-DD); today when left out. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "成文日期应写作 2026-12-31").optional(),
  })
  .openapi("DocumentEdit");
export type DocumentEdit = z.infer<typeof DocumentEditSchema>;
