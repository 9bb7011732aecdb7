import { createRoute, type z } from "@hono/zod-openapi";
import type { TypedResponse } from "hono";
import { ResponsibleSchema, TaskListSchema, TaskNoParamSchema } from "../../schema/contracts/tasks";
import { resolveResponsibleUnits } from "../../domain/responsibility";
import { newRouter } from "../platform/router";
import { notFound } from "../platform/errors";
import { loadDirectory } from "../platform/directory";
import { loadTaskResponsibilities, loadTasks } from "./tasks-queries";
import { errorResponses } from "../platform/openapi-responses";
import { keptBodyPerIsolate } from "../platform/cache-versions";
import type { Db } from "../platform/db";

type TaskList = z.infer<typeof TaskListSchema>;

export const tasksRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "The plan's key tasks in order, responsibilities as written and as resolved",
      security: [{ bearer: [] }],
      responses: { 200: { description: "tasks", content: { "application/json": { schema: TaskListSchema } } }, ...errorResponses },
    }),
    async (c) => {
      // The same for every caller: kept per isolate as its UTF-8 bytes while the plan and the directory are unchanged.
      const body = await keptBodyPerIsolate(c.var.db, "GET /tasks", ["plan", "directory"], () => taskListJson(c.var.db));
      // The bytes are JSON.stringify of a TaskList (taskListJson), so the route's typed answer holds.
      return c.body(body, 200, { "Content-Type": "application/json" }) as unknown as TypedResponse<TaskList, 200, "json">;
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{no}/responsible",
      summary: "Units responsible for a task, groups expanded and aliases resolved, lead first",
      security: [{ bearer: [] }],
      request: { params: TaskNoParamSchema },
      responses: { 200: { description: "units", content: { "application/json": { schema: ResponsibleSchema } } }, ...errorResponses },
    }),
    async (c) => {
      const { no } = c.req.valid("param");
      const [resp, d] = await Promise.all([loadTaskResponsibilities(c.var.db, no), loadDirectory(c.var.db)]);
      if (resp === null) throw notFound(`没有第${no}项重点工作`);
      const unitName = new Map(d.units.map((u) => [u.id, u.name]));
      return c.json({ no, units: resolveResponsibleUnits(resp, d).map((id) => unitName.get(id)!) }, 200);
    },
  );

/** The plan's tasks with their responsibilities by name, as the JSON text GET /tasks answers. */
async function taskListJson(db: Db): Promise<string> {
  const [loaded, d] = await Promise.all([loadTasks(db), loadDirectory(db)]);
  const unitName = new Map(d.units.map((u) => [u.id, u.name]));
  const groupName = new Map(d.groups.map((g) => [g.id, g.name]));
  const tasks = loaded.map((t) => ({
    no: t.no,
    domain: t.domain,
    title: t.title,
    text: t.text,
    units: t.responsibilities.map((r) => ({
      name: r.name,
      unit: r.unitId !== null ? unitName.get(r.unitId)! : groupName.get(r.groupId!)!,
      group: r.groupId !== null,
      lead: r.position === 0,
    })),
  }));
  return JSON.stringify({ tasks } satisfies TaskList);
}
