import { createRoute } from "@hono/zod-openapi";
import { ReportListSchema, ReportQuerySchema, ReportSubmissionSchema } from "../../schema/contracts/reports";
import { newRouter } from "../platform/router";
import { may } from "../platform/access";
import { listedUnit } from "../platform/unit-filter";
import { listReports } from "./reports-queries";
import { conflictResponse, errorResponses } from "../platform/openapi-responses";
import { submitReports } from "./reports-submit";

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
      const rows = await submitReports(c.var.db, c.var.caller, c.req.valid("json").rows, c.var.today);
      return c.json({ rows: rows.map(reportToWire) }, 200);
    },
  );
