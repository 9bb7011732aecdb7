import { createRoute } from "@hono/zod-openapi";
import { ResponsibleSchema, TaskListSchema, TaskNoParamSchema } from "../../schema/contracts/tasks";
import { resolveResponsibleUnits } from "../../domain/responsibility";
import { newRouter } from "../platform/router";
import { notFound } from "../platform/errors";
import { loadDirectory } from "../platform/directory";
import { loadTaskResponsibilities, loadTasks } from "./tasks-queries";
import { errorResponses } from "../platform/openapi-responses";

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
      const [loaded, d] = await Promise.all([loadTasks(c.var.db), loadDirectory(c.var.db)]);
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
      return c.json({ tasks }, 200);
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
