import { createRoute } from "@hono/zod-openapi";
import {
  ResearchApprovalInputSchema,
  ResearchDraftInputSchema,
  ResearchIdParamSchema,
  ResearchInputSchema,
  ResearchIssueInputSchema,
  ResearchListSchema,
  ResearchSchema,
} from "../../schema/contracts/research";
import { newRouter } from "../platform/router";
import { may, unitScope } from "../platform/access";
import { conflictResponse, errorResponses } from "../platform/openapi-responses";
import { findResearch, listResearch } from "./research-queries";
import { researchToWire } from "./research-to-wire";
import { researchFor, researchNotFound } from "./research-access";
import { createResearch } from "./research-create";
import { approve, issue, replaceDraft } from "./research-write";

const json = <T>(schema: T) => ({ content: { "application/json": { schema } } });
const params = { params: ResearchIdParamSchema };
const ok = { 200: { description: "the research item after the change", ...json(ResearchSchema) }, ...errorResponses, ...conflictResponse };

/** 联合调研 (四(二)): the office with the units involved drafts, every party approves, the office issues jointly. */
export const researchRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "Research items the caller may see, newest first (a unit: those it leads or is involved in)",
      security: [{ bearer: [] }],
      responses: { 200: { description: "research items", ...json(ResearchListSchema) }, ...errorResponses },
    }),
    async (c) => {
      const rows = await listResearch(c.var.db, unitScope(c.var.caller, "see_research"));
      return c.json({ research: rows.map(researchToWire) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      summary: "One research item (404 to a unit that takes no part in it)",
      security: [{ bearer: [] }],
      request: params,
      responses: { 200: { description: "the research item", ...json(ResearchSchema) }, ...errorResponses },
    }),
    async (c) => c.json(researchToWire(await researchFor(c.var.db, c.var.caller, "see_research", c.req.valid("param").id)), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      summary: "The office starts a research item: topic, units involved (the office always among them), lead, first draft",
      middleware: [may("create_research")] as const,
      security: [{ bearer: [] }],
      request: { body: { required: true, ...json(ResearchInputSchema) } },
      responses: { 201: { description: "the research item", ...json(ResearchSchema) }, ...errorResponses },
    }),
    async (c) => c.json(researchToWire(await createResearch(c.var.db, c.var.caller, c.req.valid("json"), c.var.today)), 201),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/{id}/draft",
      summary: "A new draft version (office or lead unit), from the item's version; every approval starts again",
      middleware: [may("draft_research")] as const,
      security: [{ bearer: [] }],
      request: { ...params, body: { required: true, ...json(ResearchDraftInputSchema) } },
      responses: ok,
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const r = await researchFor(c.var.db, c.var.caller, "draft_research", id);
      await replaceDraft(c.var.db, c.var.caller, r, c.req.valid("json"), c.var.today);
      return c.json(researchToWire((await findResearch(c.var.db, id))!), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/approvals",
      summary: "A party involved answers the current draft: 同意, or 不同意 with its opinion (the office answers as 办公室)",
      middleware: [may("approve_research")] as const,
      security: [{ bearer: [] }],
      request: { ...params, body: { required: true, ...json(ResearchApprovalInputSchema) } },
      responses: ok,
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const r = await researchFor(c.var.db, c.var.caller, "approve_research", id);
      await approve(c.var.db, c.var.caller, r, c.req.valid("json"), c.var.today);
      return c.json(researchToWire((await findResearch(c.var.db, id))!), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/issue",
      summary: "Joint issuance (联合发文, office) with its document number; 422 naming each party that has not approved the current draft",
      middleware: [may("issue_research")] as const,
      security: [{ bearer: [] }],
      request: { ...params, body: { required: true, ...json(ResearchIssueInputSchema) } },
      responses: ok,
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const r = await findResearch(c.var.db, id);
      if (!r) throw researchNotFound(id);
      await issue(c.var.db, c.var.caller, r, c.req.valid("json").docNo, c.var.today);
      return c.json(researchToWire((await findResearch(c.var.db, id))!), 200);
    },
  );
