import { z } from "@hono/zod-openapi";
import { ID_MAX, intParam, isoDateSchema, lineText } from "./common";

// Fields the four registers share: a day, a unit as written, the version read, a row id.

export const RegisterDateSchema = isoDateSchema({ format: "日期应写作 YYYY-MM-DD，如 2026-03-02", invalid: "日期不存在" });
export const registerUnit = lineText({ max: 100, required: "请填写单位名称" }).openapi({ example: "县自然资源局" });
export const registerVersion = z.number({ error: "请带上拉取时的版本号 version" }).int().positive().max(ID_MAX);
export const caseNo = lineText({ max: 100, required: "请填写案号" }).openapi({ example: "（2026）皖1524行初12号" });

export const RegisterIdParamSchema = z.object({
  id: intParam("id", "编号", 1, ID_MAX).openapi({ param: { name: "id", in: "path" }, example: "7" }),
});

/** `period`: 2026, 2026-H1, 2026-Q3 or 2026-07 (定期统计). */
export const PeriodQuerySchema = z.strictObject({
  period: z
    .string({ error: "请填写统计期间 period" })
    .regex(/^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/, "统计期间应写作 2026、2026-H1、2026-Q3 或 2026-07")
    .openapi({ example: "2026-Q4" }),
});
