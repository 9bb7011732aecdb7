import { createRoute } from "@hono/zod-openapi";
import {
  DraftIdParamSchema,
  DraftInputSchema,
  DraftListSchema,
  DraftPatchSchema,
  DraftQuerySchema,
  DraftSchema,
  DraftSubmitSchema,
} from "../../schema/contracts/drafts";
import { newRouter } from "../platform/router";
import { may, unitScope } from "../platform/access";
import { conflictResponse, errorResponses } from "../platform/openapi-responses";
import { draftToWire, listDrafts } from "./drafts-queries";
import { createDraft, submitDraft } from "./drafts-write";
import { deleteDraft, editDraft } from "./drafts-change";

const json = <T>(schema: T) => ({ content: { "application/json": { schema } } });

/** Sign-off (签批): an 执行员's drafts, and the 联络员 submitting them (报送). */
export const draftsRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "Drafts newest first (a unit: its own)",
      security: [{ bearer: [] }],
      request: { query: DraftQuerySchema },
      responses: { 200: { description: "drafts", ...json(DraftListSchema) }, ...errorResponses },
    }),
    async (c) => {
      const unitId = unitScope(c.var.caller, "see_draft");
      const rows = await listDrafts(c.var.db, { unitId, status: c.req.valid("query").status });
      return c.json({ drafts: rows.map(draftToWire) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      summary: "Save a draft (a unit): a progress row, a settlement or a contribution; it counts for nothing until submitted",
      middleware: [may("save_draft")] as const,
      security: [{ bearer: [] }],
      request: { body: { required: true, ...json(DraftInputSchema) } },
      responses: { 201: { description: "the draft", ...json(DraftSchema) }, ...errorResponses },
    }),
    async (c) => {
      const d = await createDraft(c.var.db, c.var.caller, c.req.valid("json"), c.var.today);
      return c.json(draftToWire(d), 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/submit",
      summary: "The unit's 联络员 submits a draft (报送), dated today; an 执行员 is refused while sign-off is on",
      middleware: [may("submit_draft")] as const,
      security: [{ bearer: [] }],
      request: { params: DraftIdParamSchema, body: { required: true, ...json(DraftSubmitSchema) } },
      responses: { 200: { description: "the draft as submitted", ...json(DraftSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const d = await submitDraft(c.var.db, c.var.caller, c.req.valid("param").id, c.req.valid("json").version, c.var.today);
      return c.json(draftToWire(d), 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
      summary: "Rewrite a draft from the version read (its author, or whoever of the unit may submit it); kind and matter stay; a submitted draft is 409",
      middleware: [may("edit_draft")] as const,
      security: [{ bearer: [] }],
      request: { params: DraftIdParamSchema, body: { required: true, ...json(DraftPatchSchema) } },
      responses: { 200: { description: "the draft as rewritten", ...json(DraftSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const d = await editDraft(c.var.db, c.var.caller, c.req.valid("param").id, c.req.valid("json"), c.var.today);
      return c.json(draftToWire(d), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}",
      summary: "Delete a draft not yet submitted (its author, the unit's 联络员, or the office); answers the draft as it was",
      middleware: [may("delete_draft")] as const,
      security: [{ bearer: [] }],
      request: { params: DraftIdParamSchema },
      responses: { 200: { description: "the deleted draft", ...json(DraftSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const d = await deleteDraft(c.var.db, c.var.caller, c.req.valid("param").id);
      return c.json(draftToWire(d), 200);
    },
  );
