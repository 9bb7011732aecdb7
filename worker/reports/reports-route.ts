import { createRoute } from "@hono/zod-openapi";
import { ReportListSchema, ReportQuerySchema, ReportSubmissionSchema } from "../../schema/contracts/reports";
import { newRouter } from "../platform/router";
import { may } from "../platform/access";
import { listedUnit } from "../platform/unit-filter";
import { listReports } from "./reports-queries";
import { conflictResponse, errorResponses } from "../platform/openapi-responses";
import { submitReports } from "./reports-submit";
import { loadsPrecedeWrites } from "../platform/cache-versions";
import { HistorySchema, ReportIdParamSchema, RestoreSchema } from "../../schema/contracts/history";
import { ReportSchema } from "../../schema/contracts/reports";
import { historyToWire } from "../platform/change-history";
import { reportFor, reportLog, restoreReport } from "./reports-restore";

const reportToWire = ({ unitId: _unitId, ...row }: Awaited<ReturnType<typeof listReports>>[number]) => row;

export const reportsRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "Progress reports the caller may see (a unit: its own)",
      security: [{ bearer: [] }],
      request: { query: ReportQuerySchema },
      responses: { 200: { description: "reports", content: { "application/json": { schema: ReportListSchema } } }, ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const unitId = await listedUnit(c.var.db, c.var.caller, "see_report", q.unit);
      const rows = await listReports(c.var.db, { unitId, period: q.period, task: q.task });
      return c.json({ rows: rows.map(reportToWire) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      summary: "A unit submits progress rows; all or nothing",
      middleware: [may("report_for_unit")] as const,
      security: [{ bearer: [] }],
      request: { body: { required: true, content: { "application/json": { schema: ReportSubmissionSchema } } } },
      responses: {
        200: { description: "accepted rows as stored", content: { "application/json": { schema: ReportListSchema } } },
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      // submitReports loads the directory, the plan and the settings, then writes only reports and
      // the log: its loads may use the versions read with the token check.
      loadsPrecedeWrites(c.var.db);
      const rows = await submitReports(c.var.db, c.var.caller, c.req.valid("json").rows, c.var.today);
      return c.json({ rows: rows.map(reportToWire) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/history",
      summary: "Every change of a report in order (who, when, what before and after); 404 to whoever may not see the report",
      security: [{ bearer: [] }],
      request: { params: ReportIdParamSchema },
      responses: { 200: { description: "the report's changes, oldest first", content: { "application/json": { schema: HistorySchema } } }, ...errorResponses },
    }),
    async (c) => {
      const r = await reportFor(c.var.db, c.var.caller, "see_report", c.req.valid("param").id);
      const lines = await reportLog(c.var.db, r);
      return c.json({ id: r.id, changes: await historyToWire(c.var.db, lines) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/restore",
      summary: "The office restores a report's text as it was right after change `change`, as a new logged change",
      middleware: [may("restore_report")] as const,
      security: [{ bearer: [] }],
      request: { params: ReportIdParamSchema, body: { required: true, content: { "application/json": { schema: RestoreSchema } } } },
      responses: {
        200: { description: "the report after the restore", content: { "application/json": { schema: ReportSchema } } },
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const r = await restoreReport(c.var.db, c.var.caller, c.req.valid("param").id, c.req.valid("json"));
      return c.json(reportToWire(r), 200);
    },
  );
