import { createRoute } from "@hono/zod-openapi";
import { AssessmentSchema, NoticeSchema, YearParamSchema } from "../../schema/contracts/assessment";
import { draftNotice } from "../../domain/assessment";
import { newRouter } from "../platform/router";
import { requireRole } from "../platform/middleware/auth";
import { assessYear } from "./assess-year";
import { errorResponses } from "../platform/openapi-responses";

/** Year-end scores (六(三)) and the draft notice. A unit token sees only its own entry. */
export const assessmentScoresRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/{year}",
      summary: "Every unit's score with its breakdown, grade and rank (frozen once the year is closed)",
      security: [{ bearer: [] }],
      request: { params: YearParamSchema },
      responses: { 200: { description: "assessment", content: { "application/json": { schema: AssessmentSchema } } }, ...errorResponses },
    }),
    async (c) => {
      const { year } = c.req.valid("param");
      const result = await assessYear(c.var.db, year, c.var.today);
      const caller = c.var.caller;
      const entries = caller.role === "unit" ? result.entries.filter((e) => e.unit === caller.unitName) : result.entries;
      return c.json({ ...result, entries }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{year}/notice",
      summary: "A draft year-end notice (通报) from the results, for the office to edit",
      middleware: [requireRole("office", "leader")] as const,
      security: [{ bearer: [] }],
      request: { params: YearParamSchema },
      responses: { 200: { description: "notice", content: { "application/json": { schema: NoticeSchema } } }, ...errorResponses },
    }),
    async (c) => {
      const { year } = c.req.valid("param");
      const today = c.var.today;
      const { scheme, entries } = await assessYear(c.var.db, year, today);
      return c.json({ year, ...draftNotice({ year, scheme, entries, date: today }) }, 200);
    },
  );
