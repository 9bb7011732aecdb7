import { createRoute } from "@hono/zod-openapi";
import { AssessmentSchema, NoticeSchema, YearParamSchema } from "../../schema/contracts/assessment";
import { draftNotice } from "../../domain/assessment";
import { resolveUnitName } from "../../domain/responsibility";
import { newRouter } from "../platform/router";
import { may, unitScope } from "../platform/access";
import { loadDirectory } from "../platform/directory";
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
      const only = unitScope(c.var.caller, "see_assessment_entry");
      // An entry names its unit as it was called when scored; any of its names is the same unit.
      const directory = only === undefined ? null : await loadDirectory(c.var.db);
      const entries = directory ? result.entries.filter((e) => resolveUnitName(e.unit, directory)?.id === only) : result.entries;
      return c.json({ ...result, entries }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{year}/notice",
      summary: "A draft year-end notice (通报) from the results, for the office to edit",
      middleware: [may("see_notice")] as const,
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
