import { createRoute } from "@hono/zod-openapi";
import { SuggestionInputSchema, SuggestionListSchema, SuggestionPatchSchema, SuggestionReplySchema, SuggestionSchema, SuggestionStatsSchema } from "../../schema/contracts/suggestions";
import { PeriodQuerySchema, RegisterIdParamSchema } from "../../schema/contracts/registers-common";
import { periodRange } from "../../domain/registers";
import { newRouter } from "../platform/router";
import { may } from "../platform/access";
import { conflictResponse, errorResponses } from "../platform/openapi-responses";
import { ensureRegisterMay, registerScope } from "../platform/register-access";
import { notFound } from "../platform/errors";
import { findSuggestion, listSuggestions, suggestionRepliesByUnit } from "./suggestions-queries";
import { suggestionToWire } from "./suggestion-to-wire";
import { createSuggestion, patchSuggestion, replySuggestion } from "./suggestions-write";

const json = <T>(schema: T) => ({ content: { "application/json": { schema } } });

/** 司法建议 (tasks 11, 29): issued by the court, replied by the addressee; other units see only their own. */
export const suggestionsRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "司法建议 (a unit sees those addressed to it; the court, the office and leaders all)",
      middleware: [may("see_suggestion")] as const,
      security: [{ bearer: [] }],
      responses: { 200: { description: "by issue day", ...json(SuggestionListSchema) }, ...errorResponses },
    }),
    async (c) => {
      const addresseeId = await registerScope(c.var.db, c.var.caller, "see_suggestion");
      return c.json({ suggestions: (await listSuggestions(c.var.db, { addresseeId })).map((s) => suggestionToWire(s, c.var.today)) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/stats",
      summary: "Reply rate, replies on time and adoption rate per unit, for the suggestions issued in a period",
      middleware: [may("see_suggestion")] as const,
      security: [{ bearer: [] }],
      request: { query: PeriodQuerySchema },
      responses: { 200: { description: "figures per unit", ...json(SuggestionStatsSchema) }, ...errorResponses },
    }),
    async (c) => {
      const { period } = c.req.valid("query");
      const r = periodRange(period)!;
      const scope = await registerScope(c.var.db, c.var.caller, "see_suggestion");
      const rows = (await suggestionRepliesByUnit(c.var.db, r, c.var.today)).filter((f) => scope === undefined || f.addresseeId === scope);
      return c.json({ period, ...r, units: rows.map(({ addresseeId: _id, ...f }) => f) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      summary: "One 司法建议",
      middleware: [may("see_suggestion")] as const,
      security: [{ bearer: [] }],
      request: { params: RegisterIdParamSchema },
      responses: { 200: { description: "the suggestion", ...json(SuggestionSchema) }, ...errorResponses },
    }),
    async (c) => {
      const s = await findSuggestion(c.var.db, c.req.valid("param").id);
      if (!s) throw notFound("没有这份司法建议");
      await ensureRegisterMay(c.var.db, c.var.caller, [s.addresseeId], "see_suggestion", "没有这份司法建议");
      return c.json(suggestionToWire(s, c.var.today), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      summary: "Issue a 司法建议 (the court or the office); the reply limit defaults to the setting suggestionReplyDays",
      middleware: [may("issue_suggestion")] as const,
      security: [{ bearer: [] }],
      request: { body: { required: true, ...json(SuggestionInputSchema) } },
      responses: { 201: { description: "as stored", ...json(SuggestionSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(suggestionToWire(await createSuggestion(c.var.db, c.var.caller, c.req.valid("json"), c.var.today), c.var.today), 201),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
      summary: "Correct a 司法建议 from the version read (the court or the office)",
      middleware: [may("issue_suggestion")] as const,
      security: [{ bearer: [] }],
      request: { params: RegisterIdParamSchema, body: { required: true, ...json(SuggestionPatchSchema) } },
      responses: { 200: { description: "after the change", ...json(SuggestionSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(suggestionToWire(await patchSuggestion(c.var.db, c.var.caller, c.req.valid("param").id, c.req.valid("json"), c.var.today), c.var.today), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/reply",
      summary: "The addressee's reply (date, adoption; 未采纳 with a reason), from the version read",
      middleware: [may("reply_suggestion")] as const,
      security: [{ bearer: [] }],
      request: { params: RegisterIdParamSchema, body: { required: true, ...json(SuggestionReplySchema) } },
      responses: { 200: { description: "with the reply", ...json(SuggestionSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(suggestionToWire(await replySuggestion(c.var.db, c.var.caller, c.req.valid("param").id, c.req.valid("json"), c.var.today), c.var.today), 200),
  );
