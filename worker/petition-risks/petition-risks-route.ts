import { createRoute } from "@hono/zod-openapi";
import { PetitionRiskActionInputSchema, PetitionRiskInputSchema, PetitionRiskListSchema, PetitionRiskPatchSchema, PetitionRiskQuerySchema, PetitionRiskSchema } from "../../schema/contracts/petition-risks";
import { RegisterIdParamSchema } from "../../schema/contracts/registers-common";
import { newRouter } from "../platform/router";
import { may } from "../platform/access";
import { conflictResponse, errorResponses } from "../platform/openapi-responses";
import { ensureRegisterMay, registerScope } from "../platform/register-access";
import { notFound } from "../platform/errors";
import { findPetitionRisk, listPetitionRisks, petitionRiskToWire } from "./petition-risks-queries";
import { addPetitionRiskAction, createPetitionRisk, patchPetitionRisk } from "./petition-risks-write";

const json = <T>(schema: T) => ({ content: { "application/json": { schema } } });

/** 涉诉信访风险评估 (task 12). `?grade=高&open=true` is the leaders' list of open high-risk cases. */
export const petitionRisksRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "Assessed cases, highest grade first (a unit sees its own as the agency sued)",
      middleware: [may("see_petition_risk")] as const,
      security: [{ bearer: [] }],
      request: { query: PetitionRiskQuerySchema },
      responses: { 200: { description: "cases", ...json(PetitionRiskListSchema) }, ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const agencyId = await registerScope(c.var.db, c.var.caller, "see_petition_risk");
      const open = q.open === undefined ? undefined : q.open === "true";
      return c.json({ risks: (await listPetitionRisks(c.var.db, { agencyId, grade: q.grade, open })).map(petitionRiskToWire) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      summary: "One case with its actions",
      middleware: [may("see_petition_risk")] as const,
      security: [{ bearer: [] }],
      request: { params: RegisterIdParamSchema },
      responses: { 200: { description: "the case", ...json(PetitionRiskSchema) }, ...errorResponses },
    }),
    async (c) => {
      const r = await findPetitionRisk(c.var.db, c.req.valid("param").id);
      if (!r) throw notFound("没有这条信访风险评估");
      await ensureRegisterMay(c.var.db, c.var.caller, [r.agencyId], "see_petition_risk", "没有这条信访风险评估");
      return c.json(petitionRiskToWire(r), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      summary: "Record an assessed case (the court or the office)",
      middleware: [may("record_petition_risk")] as const,
      security: [{ bearer: [] }],
      request: { body: { required: true, ...json(PetitionRiskInputSchema) } },
      responses: { 201: { description: "as stored", ...json(PetitionRiskSchema) }, ...errorResponses },
    }),
    async (c) => c.json(petitionRiskToWire(await createPetitionRisk(c.var.db, c.var.caller, c.req.valid("json"))), 201),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
      summary: "Change a case from the version read (the court or the office)",
      middleware: [may("record_petition_risk")] as const,
      security: [{ bearer: [] }],
      request: { params: RegisterIdParamSchema, body: { required: true, ...json(PetitionRiskPatchSchema) } },
      responses: { 200: { description: "after the change", ...json(PetitionRiskSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(petitionRiskToWire(await patchPetitionRisk(c.var.db, c.var.caller, c.req.valid("param").id, c.req.valid("json"))), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/actions",
      summary: "Add an action with its day (the court or the office)",
      middleware: [may("record_petition_risk")] as const,
      security: [{ bearer: [] }],
      request: { params: RegisterIdParamSchema, body: { required: true, ...json(PetitionRiskActionInputSchema) } },
      responses: { 201: { description: "the case with the action", ...json(PetitionRiskSchema) }, ...errorResponses },
    }),
    async (c) => c.json(petitionRiskToWire(await addPetitionRiskAction(c.var.db, c.var.caller, c.req.valid("param").id, c.req.valid("json"))), 201),
  );
