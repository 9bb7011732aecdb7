import { createRoute } from "@hono/zod-openapi";
import {
  TaskforceEndInputSchema,
  TaskforceIdParamSchema,
  TaskforceInputSchema,
  TaskforceListSchema,
  TaskforceLogInputSchema,
  TaskforceMatterInputSchema,
  TaskforceSchema,
} from "../../schema/contracts/taskforces";
import { MatterCreatedSchema } from "../../schema/contracts/matters";
import { newRouter } from "../platform/router";
import { may, unitScope } from "../platform/access";
import { conflictResponse, errorResponses } from "../platform/openapi-responses";
import { stateContext, matterToWire } from "../matters/matter-to-wire";
import { findMatter } from "../matters/matters-queries";
import { findTaskforce, listTaskforces } from "./taskforces-queries";
import { taskforceToWire } from "./taskforce-to-wire";
import { taskforceFor, taskforceNotFound } from "./taskforce-access";
import { addLogEntry, createTaskforce, createTaskforceMatter, endTaskforce } from "./taskforces-write";

const json = <T>(schema: T) => ({ content: { "application/json": { schema } } });
const params = { params: TaskforceIdParamSchema };
const ok = { 200: { description: "the task force after the change", ...json(TaskforceSchema) }, ...errorResponses, ...conflictResponse };

/** 专班 (四(三)): task forces of the county government and the court for major, complex cases. */
export const taskforcesRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "Task forces the caller may see, newest first (a unit: those its people sit on or that serve its matters)",
      security: [{ bearer: [] }],
      responses: { 200: { description: "task forces", ...json(TaskforceListSchema) }, ...errorResponses },
    }),
    async (c) => {
      const rows = await listTaskforces(c.var.db, unitScope(c.var.caller, "see_taskforce"));
      const ctx = await stateContext(c.var.db, c.var.today);
      return c.json({ taskforces: rows.map((t) => taskforceToWire(t, ctx)) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      summary: "One task force (404 to a unit with no part in it)",
      security: [{ bearer: [] }],
      request: params,
      responses: { 200: { description: "the task force", ...json(TaskforceSchema) }, ...errorResponses },
    }),
    async (c) => {
      const t = await taskforceFor(c.var.db, c.var.caller, "see_taskforce", c.req.valid("param").id);
      return c.json(taskforceToWire(t, await stateContext(c.var.db, c.var.today)), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      summary: "The office sets up a task force: name, the case or matter it serves, members from both sides (组长 / 成员)",
      middleware: [may("create_taskforce")] as const,
      security: [{ bearer: [] }],
      request: { body: { required: true, ...json(TaskforceInputSchema) } },
      responses: { 201: { description: "the task force", ...json(TaskforceSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const t = await createTaskforce(c.var.db, c.var.caller, c.req.valid("json"));
      return c.json(taskforceToWire(t, await stateContext(c.var.db, c.var.today)), 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/log",
      summary: "A meeting or action of the task force (office or a member's unit); refused once it has ended",
      middleware: [may("log_taskforce")] as const,
      security: [{ bearer: [] }],
      request: { ...params, body: { required: true, ...json(TaskforceLogInputSchema) } },
      responses: { 201: { description: "the task force with the entry", ...json(TaskforceSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await addLogEntry(c.var.db, c.var.caller, await taskforceFor(c.var.db, c.var.caller, "log_taskforce", id), c.req.valid("json"));
      return c.json(taskforceToWire((await findTaskforce(c.var.db, id))!, await stateContext(c.var.db, c.var.today)), 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/matters",
      summary: "The office hands out a matter for the task force: source 专班, its name as the source reference; refused once it has ended",
      middleware: [may("create_matter")] as const,
      security: [{ bearer: [] }],
      request: { ...params, body: { required: true, ...json(TaskforceMatterInputSchema) } },
      responses: { 201: { description: "the matter", ...json(MatterCreatedSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const t = await findTaskforce(c.var.db, id);
      if (!t) throw taskforceNotFound(id);
      const { id: matterId, resolved } = await createTaskforceMatter(c.var.db, c.var.caller, t, c.req.valid("json"));
      const m = (await findMatter(c.var.db, matterId))!;
      return c.json({ ...matterToWire(m, await stateContext(c.var.db, c.var.today)), resolved }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/end",
      summary: "The office ends a task force (已结束), from the version read",
      middleware: [may("end_taskforce")] as const,
      security: [{ bearer: [] }],
      request: { ...params, body: { required: true, ...json(TaskforceEndInputSchema) } },
      responses: ok,
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const t = await findTaskforce(c.var.db, id);
      if (!t) throw taskforceNotFound(id);
      const { version, note } = c.req.valid("json");
      await endTaskforce(c.var.db, c.var.caller, t, version, note, c.var.today);
      return c.json(taskforceToWire((await findTaskforce(c.var.db, id))!, await stateContext(c.var.db, c.var.today)), 200);
    },
  );
