import { createRoute, z } from "@hono/zod-openapi";
import { TemplateQuerySchema, UploadQuerySchema, XLSX_TYPE } from "../../schema/contracts/files";
import { ReportListSchema } from "../../schema/contracts/reports";
import { relationToUnit } from "../../domain/access";
import { newRouter } from "../platform/router";
import { ensureMay, may } from "../platform/access";
import { conflictResponse, errorResponses } from "../platform/openapi-responses";
import type { Caller } from "../platform/env";
import type { Db } from "../platform/db";
import { detail, unprocessable } from "../platform/errors";
import { loadDirectory } from "../platform/directory";
import { resolveUnitFilter } from "../platform/unit-filter";
import { readSetting } from "../platform/settings";
import { loadTasks, responsibleByTask } from "../tasks/tasks-queries";
import { listReports } from "../reports/reports-queries";
import { reportTemplate } from "./report-template";
import { RefusedUpload, uploadReports } from "./reports-upload";
import { markedFile } from "./mark-refusals";
import { fileResponse } from "./file-response";

const xlsx = { content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: "binary" }) } } };

/** The unit whose template is asked for: a unit's own; the office names one. */
async function templateUnit(db: Db, caller: Caller, written: string | undefined) {
  const directory = await loadDirectory(db);
  if (written === undefined && caller.role !== "unit") {
    throw unprocessable("办公室下载报送表时请注明单位", [detail(null, "unit", "required", "请填写单位名称（unit）")]);
  }
  const id = written === undefined && caller.role === "unit" ? caller.unitId : resolveUnitFilter(written!, directory);
  ensureMay(caller, relationToUnit(caller, id), "report_for_unit");
  return { directory, unit: directory.units.find((u) => u.id === id)! };
}

/** The period must be of the ledger's reporting cycle, as a submission's is. */
async function ensureCycle(db: Db, period: string) {
  const cycle = await readSetting(db, "reportingCycle");
  const quarterly = period.includes("Q");
  if (cycle === "quarterly" && !quarterly) throw unprocessable("报送期次有误", [detail(null, "period", "wrong_cycle", "报送周期为季度，请写作如 2026-Q1")]);
  if (cycle === "monthly" && quarterly) throw unprocessable("报送期次有误", [detail(null, "period", "wrong_cycle", "报送周期为月度，请写作如 2026-03")]);
}

/** The 报送表 out and back in (units without the add-in, e.g. on WPS 表格). */
export const templateRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/report-template",
      summary: "A unit's 报送表 (.xlsx) for a period: its report duties, the columns to fill, dropdowns, hidden marks",
      middleware: [may("report_for_unit")] as const,
      security: [{ bearer: [] }],
      request: { query: TemplateQuerySchema },
      responses: { 200: { description: "the template", ...xlsx }, ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const db = c.var.db;
      await ensureCycle(db, q.period);
      const { directory, unit } = await templateUnit(db, c.var.caller, q.unit);
      const [loaded, stored] = await Promise.all([loadTasks(db), listReports(db, { unitId: unit.id, period: q.period })]);
      const responsible = responsibleByTask(loaded, directory);
      const duties = loaded
        .filter((t) => responsible.get(t.no)?.includes(unit.id))
        .map((t) => ({ task: t.no, title: t.title, stored: stored.find((r) => r.task === t.no) }));
      const wb = await reportTemplate({ county: c.env.COUNTY, unit, period: q.period, today: c.var.today, duties });
      return fileResponse((await wb.xlsx.writeBuffer()), XLSX_TYPE, `${unit.name}-${q.period}-报送表.xlsx`);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/reports",
      summary:
        "A filled 报送表 back (the .xlsx as the body, or as the field `file` of a form): the rules of POST /reports, all or nothing. " +
        "A refusal carries `details` as POST /reports does and `cells` (e.g. D7); with `?marked=1` or `Accept: " +
        XLSX_TYPE +
        "` it is the file itself, each refused cell red and the reasons in 校验意见, with the refusal's status",
      middleware: [may("report_for_unit")] as const,
      security: [{ bearer: [] }],
      request: { query: UploadQuerySchema },
      responses: {
        200: { description: "accepted rows as stored", content: { "application/json": { schema: ReportListSchema } } },
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const wantsFile = q.marked === "1" || (c.req.header("Accept") ?? "").includes(XLSX_TYPE);
      const bytes = await uploadedBytes(c.req.raw);
      try {
        const rows = await uploadReports(c.var.db, c.var.caller, bytes, { period: q.period, today: c.var.today });
        return c.json({ rows: rows.map(({ unitId: _u, ...r }) => r) }, 200);
      } catch (e) {
        if (!(e instanceof RefusedUpload)) throw e;
        if (!wantsFile || e.cells.length === 0) throw e.error;
        const name = `${e.file.unitName}-${e.file.period}-报送表-校验意见.xlsx`;
        return fileResponse(await markedFile(e), XLSX_TYPE, name, e.error.status, { "X-Error-Code": e.error.code }) as never;
      }
    },
  );

/** The file: the body itself, or a form's `file` field. */
async function uploadedBytes(req: Request): Promise<ArrayBuffer> {
  if ((req.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) {
    const file = (await req.formData()).get("file");
    if (file && typeof file !== "string") return file.arrayBuffer();
    throw unprocessable("请选择要上传的报送表文件", [detail(null, "file", "required", "表单中没有 file 字段")]);
  }
  return req.arrayBuffer();
}
