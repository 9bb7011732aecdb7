import { createRoute } from "@hono/zod-openapi";
import { AppearanceStatsSchema, HearingInputSchema, HearingListSchema, HearingPatchSchema, HearingSchema, InterviewInputSchema, InterviewListSchema, InterviewSchema } from "../../schema/contracts/hearings";
import { PeriodQuerySchema, RegisterIdParamSchema } from "../../schema/contracts/registers-common";
import { periodRange } from "../../domain/registers";
import { newRouter } from "../platform/router";
import { may } from "../platform/access";
import { conflictResponse, errorResponses } from "../platform/openapi-responses";
import { ensureRegisterMay, registerScope } from "../platform/register-access";
import { notFound } from "../platform/errors";
import { appearanceByUnit, findHearing, listHearings } from "./hearings-queries";
import { hearingToWire, interviewToWire } from "./hearing-to-wire";
import { createHearing, patchHearing, recordInterview } from "./hearings-write";
import { interviewList } from "./interview-list";

const json = <T>(schema: T) => ({ content: { "application/json": { schema } } });
const range = (period: string) => periodRange(period)!;

/** 行政机关负责人出庭应诉 (task 8): hearings, appearance rates per period, the 约谈 list and its talks. */
export const hearingsRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "Hearings (a unit sees its own as defendant; the court, the office and leaders all)",
      middleware: [may("see_hearing")] as const,
      security: [{ bearer: [] }],
      responses: { 200: { description: "hearings by day", ...json(HearingListSchema) }, ...errorResponses },
    }),
    async (c) => {
      const agencyId = await registerScope(c.var.db, c.var.caller, "see_hearing");
      return c.json({ hearings: (await listHearings(c.var.db, { agencyId })).map(hearingToWire) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/stats",
      summary: "负责人出庭率 per agency over a period (2026, 2026-H1, 2026-Q3, 2026-07)",
      middleware: [may("see_hearing")] as const,
      security: [{ bearer: [] }],
      request: { query: PeriodQuerySchema },
      responses: { 200: { description: "figures per agency", ...json(AppearanceStatsSchema) }, ...errorResponses },
    }),
    async (c) => {
      const { period } = c.req.valid("query");
      const r = range(period);
      const scope = await registerScope(c.var.db, c.var.caller, "see_hearing");
      const rows = (await appearanceByUnit(c.var.db, r)).filter((f) => scope === undefined || f.agencyId === scope);
      return c.json({ period, ...r, agencies: rows.map(({ agencyId: _id, unit, ...f }) => ({ agency: unit, ...f })) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/interviews",
      summary: "该出庭不出庭约谈 list of a period: agencies whose head should have appeared and did not",
      middleware: [may("see_hearing")] as const,
      security: [{ bearer: [] }],
      request: { query: PeriodQuerySchema },
      responses: { 200: { description: "the list", ...json(InterviewListSchema) }, ...errorResponses },
    }),
    async (c) => {
      const { period } = c.req.valid("query");
      const r = range(period);
      const scope = await registerScope(c.var.db, c.var.caller, "see_hearing");
      return c.json({ period, ...r, agencies: await interviewList(c.var.db, r, scope) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/interviews",
      summary: "Record a 约谈 (office)",
      middleware: [may("record_interview")] as const,
      security: [{ bearer: [] }],
      request: { body: { required: true, ...json(InterviewInputSchema) } },
      responses: { 201: { description: "the 约谈 as stored", ...json(InterviewSchema) }, ...errorResponses },
    }),
    async (c) => c.json(interviewToWire(await recordInterview(c.var.db, c.var.caller, c.req.valid("json"))), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      summary: "One hearing",
      middleware: [may("see_hearing")] as const,
      security: [{ bearer: [] }],
      request: { params: RegisterIdParamSchema },
      responses: { 200: { description: "the hearing", ...json(HearingSchema) }, ...errorResponses },
    }),
    async (c) => {
      const h = await findHearing(c.var.db, c.req.valid("param").id);
      if (!h) throw notFound("没有这条出庭记录");
      await ensureRegisterMay(c.var.db, c.var.caller, [h.agencyId], "see_hearing", "没有这条出庭记录");
      return c.json(hearingToWire(h), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      summary: "Record a hearing (the court or the office); an unknown agency is 422 naming `agency`",
      middleware: [may("record_hearing")] as const,
      security: [{ bearer: [] }],
      request: { body: { required: true, ...json(HearingInputSchema) } },
      responses: { 201: { description: "the hearing as stored", ...json(HearingSchema) }, ...errorResponses },
    }),
    async (c) => c.json(hearingToWire(await createHearing(c.var.db, c.var.caller, c.req.valid("json"))), 201),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
      summary: "Change a hearing from the version read (the court or the office)",
      middleware: [may("record_hearing")] as const,
      security: [{ bearer: [] }],
      request: { params: RegisterIdParamSchema, body: { required: true, ...json(HearingPatchSchema) } },
      responses: { 200: { description: "the hearing after the change", ...json(HearingSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(hearingToWire(await patchHearing(c.var.db, c.var.caller, c.req.valid("param").id, c.req.valid("json"))), 200),
  );
