import { createRoute } from "@hono/zod-openapi";
import { SchemeSchema, SchemeVersionSchema, YearParamSchema, type SchemeInput } from "../../schema/contracts/assessment";
import { validateScheme } from "../../domain/assessment";
import type { ErrorDetail } from "../../schema/contracts/errors";
import { newRouter } from "../platform/router";
import type { Write } from "../platform/batch";
import { actorOf } from "../platform/env";
import { conflict, detail, unprocessable } from "../platform/errors";
import { may } from "../platform/access";
import { availableIndicators } from "./inputs-queries";
import { addSchemeWrites, currentScheme, type SchemeVersion } from "./schemes-queries";
import { changesOf, yearIsOpen } from "./statement-guards";
import { errorResponses, conflictResponse } from "../platform/openapi-responses";
import { ensureYearOpen } from "./ensure-year-open";

const counters = availableIndicators;
const knownKeys = availableIndicators.map((i) => i.key);
const schemeVersionToWire = (year: number, v: SchemeVersion) => ({
  year,
  version: v.version,
  createdAt: v.createdAt?.getTime() ?? null,
  createdBy: v.createdBy,
  scheme: v.scheme,
  counters,
});

/**
 * Every reason the scheme is refused, as cells: row = item in its list, column = list.field; a key
 * the ledger cannot count is refused naming its row and `indicators.key`.
 */
function schemeProblems(scheme: SchemeInput): ErrorDetail[] {
  return validateScheme(scheme, knownKeys).map((p) =>
    detail(p.index, p.field ? `${p.section}.${p.field}` : p.section, p.code ?? "invalid_scheme", p.message),
  );
}

/** The year's scheme: read by everyone, replaced (as a new version) by the office. */
export const assessmentSchemeRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/{year}/scheme",
      summary: "The scheme in force for the year (the documented default until the office stores one)",
      security: [{ bearer: [] }],
      request: { params: YearParamSchema },
      responses: { 200: { description: "scheme", content: { "application/json": { schema: SchemeVersionSchema } } }, ...errorResponses },
    }),
    async (c) => {
      const { year } = c.req.valid("param");
      return c.json(schemeVersionToWire(year, await currentScheme(c.var.db, year)), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/{year}/scheme",
      summary: "Store a new version of the year's scheme; a scheme that makes no sense is refused with every reason",
      middleware: [may("edit_scheme")] as const,
      security: [{ bearer: [] }],
      request: { params: YearParamSchema, body: { required: true, content: { "application/json": { schema: SchemeSchema } } } },
      responses: {
        200: { description: "the stored version", content: { "application/json": { schema: SchemeVersionSchema } } },
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { year } = c.req.valid("param");
      const scheme = c.req.valid("json");
      const problems = schemeProblems(scheme);
      if (problems.length > 0) throw unprocessable("考评方案有误，未保存", problems);
      await ensureYearOpen(c.var.db, year);
      const [inserted] = await c.var.db.batch(addSchemeWrites(c.var.db, year, scheme, actorOf(c.var.caller), yearIsOpen(c.var.db, year)) as [Write, Write]);
      if (changesOf(inserted) === 0) {
        await ensureYearOpen(c.var.db, year); // closed meanwhile: says so
        throw conflict("考评方案未保存，请重试");
      }
      return c.json(schemeVersionToWire(year, await currentScheme(c.var.db, year)), 200);
    },
  );
