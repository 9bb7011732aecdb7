import { createRoute } from "@hono/zod-openapi";
import { EnterpriseInputSchema, EnterpriseListSchema, EnterprisePatchSchema, EnterpriseReviewInputSchema, EnterpriseSchema } from "../../schema/contracts/enterprises";
import { RegisterIdParamSchema } from "../../schema/contracts/registers-common";
import { newRouter } from "../platform/router";
import { may } from "../platform/access";
import { conflictResponse, errorResponses } from "../platform/openapi-responses";
import { ensureRegisterMay, registerScope } from "../platform/register-access";
import { notFound } from "../platform/errors";
import { enterpriseToWire, findEnterprise, listEnterprises } from "./enterprises-queries";
import { createEnterprise, patchEnterprise, reviewEnterprise } from "./enterprises-write";

const json = <T>(schema: T) => ({ content: { "application/json": { schema } } });

/** 危困企业动态名册 (task 25): enterprises, measures, responsible units and reviews over time. */
export const enterprisesRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "The register (a unit sees the enterprises it is responsible for)",
      middleware: [may("see_enterprise")] as const,
      security: [{ bearer: [] }],
      responses: { 200: { description: "by name", ...json(EnterpriseListSchema) }, ...errorResponses },
    }),
    async (c) => {
      const unitId = await registerScope(c.var.db, c.var.caller, "see_enterprise");
      return c.json({ enterprises: (await listEnterprises(c.var.db, { unitId })).map(enterpriseToWire) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      summary: "One enterprise with its reviews",
      middleware: [may("see_enterprise")] as const,
      security: [{ bearer: [] }],
      request: { params: RegisterIdParamSchema },
      responses: { 200: { description: "the enterprise", ...json(EnterpriseSchema) }, ...errorResponses },
    }),
    async (c) => {
      const e = await findEnterprise(c.var.db, c.req.valid("param").id);
      if (!e) throw notFound("名册中没有这家企业");
      await ensureRegisterMay(c.var.db, c.var.caller, e.unitIds, "see_enterprise", "名册中没有这家企业");
      return c.json(enterpriseToWire(e), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      summary: "Put an enterprise on the register with its first review (the court or the office)",
      middleware: [may("record_enterprise")] as const,
      security: [{ bearer: [] }],
      request: { body: { required: true, ...json(EnterpriseInputSchema) } },
      responses: { 201: { description: "as stored", ...json(EnterpriseSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(enterpriseToWire(await createEnterprise(c.var.db, c.var.caller, c.req.valid("json"))), 201),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
      summary: "Change name, measures or responsible units from the version read",
      middleware: [may("record_enterprise")] as const,
      security: [{ bearer: [] }],
      request: { params: RegisterIdParamSchema, body: { required: true, ...json(EnterprisePatchSchema) } },
      responses: { 200: { description: "after the change", ...json(EnterpriseSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(enterpriseToWire(await patchEnterprise(c.var.db, c.var.caller, c.req.valid("param").id, c.req.valid("json"))), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/reviews",
      summary: "Record a review (date, level, note) from the version read; a responsible unit may too",
      middleware: [may("review_enterprise")] as const,
      security: [{ bearer: [] }],
      request: { params: RegisterIdParamSchema, body: { required: true, ...json(EnterpriseReviewInputSchema) } },
      responses: { 201: { description: "the enterprise with the review", ...json(EnterpriseSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(enterpriseToWire(await reviewEnterprise(c.var.db, c.var.caller, c.req.valid("param").id, c.req.valid("json"))), 201),
  );
