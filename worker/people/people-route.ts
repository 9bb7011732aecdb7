import { createRoute } from "@hono/zod-openapi";
import {
  PersonIdParamSchema,
  PersonInputSchema,
  PersonListSchema,
  PersonPatchSchema,
  PersonQuerySchema,
  PersonSchema,
} from "../../schema/contracts/people";
import { newRouter } from "../platform/router";
import { may } from "../platform/access";
import { conflictResponse, errorResponses } from "../platform/openapi-responses";
import { loadDirectory } from "../platform/directory";
import { resolveUnitName } from "../../domain/responsibility";
import { detail, notFound, unprocessable } from "../platform/errors";
import { findPerson, listPeople } from "./people-queries";
import { personToWire, seesPhones } from "./person-to-wire";
import { createPerson, patchPerson } from "./people-write";
import { personTokensRoute } from "./person-tokens-route";

const json = <T>(schema: T) => ({ content: { "application/json": { schema } } });

/** 三、组织机构: leaders, the office's staff, each unit's 联络员 and 执行员. The office keeps the list. */
export const peopleRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "Everyone's name and post (phones only for the office and leaders)",
      middleware: [may("see_people")] as const,
      security: [{ bearer: [] }],
      request: { query: PersonQuerySchema },
      responses: { 200: { description: "people", ...json(PersonListSchema) }, ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid("query");
      let unitId: number | undefined;
      if (q.unit !== undefined) {
        const r = resolveUnitName(q.unit, await loadDirectory(c.var.db));
        if (!r || r.kind !== "unit") throw unprocessable("查询条件有误", [detail(null, "unit", "unknown_unit", `未知单位：${q.unit}`)]);
        unitId = r.id;
      }
      const rows = await listPeople(c.var.db, { unitId, post: q.post });
      const phones = seesPhones(c.var.caller);
      return c.json({ people: rows.map((p) => personToWire(p, phones)) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      summary: "One person",
      middleware: [may("see_people")] as const,
      security: [{ bearer: [] }],
      request: { params: PersonIdParamSchema },
      responses: { 200: { description: "the person", ...json(PersonSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = await findPerson(c.var.db, c.req.valid("param").id);
      if (!p) throw notFound("没有这个人员");
      return c.json(personToWire(p, seesPhones(c.var.caller)), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      summary: "Add a person (office); a unit's second current 联络员 is 409 naming the current one",
      middleware: [may("edit_people")] as const,
      security: [{ bearer: [] }],
      request: { body: { required: true, ...json(PersonInputSchema) } },
      responses: { 201: { description: "the person as stored", ...json(PersonSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const p = await createPerson(c.var.db, c.var.caller, c.req.valid("json"));
      return c.json(personToWire(p, true), 201);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
      summary: "Change a person from the version read (office); `current: false` when leaving the post",
      middleware: [may("edit_people")] as const,
      security: [{ bearer: [] }],
      request: { params: PersonIdParamSchema, body: { required: true, ...json(PersonPatchSchema) } },
      responses: { 200: { description: "the person after the change", ...json(PersonSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const p = await patchPerson(c.var.db, c.var.caller, c.req.valid("param").id, c.req.valid("json"));
      return c.json(personToWire(p, true), 200);
    },
  )
  .route("/", personTokensRoute);
