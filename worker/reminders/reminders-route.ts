import { createRoute } from "@hono/zod-openapi";
import { ReminderListSchema, ReminderQuerySchema, type ReminderWire } from "../../schema/contracts/matters";
import { newRouter } from "../platform/router";
import { unitScope } from "../platform/access";
import { listReminders } from "./reminders-queries";
import { errorResponses } from "../platform/openapi-responses";

/** 催办记录 the daily job wrote: a unit sees those of its matters, the office and leaders all. */
export const remindersRoute = newRouter().openapi(
  createRoute({
    method: "get",
    path: "/",
    summary: "Reminders (催办记录) of the matters the caller may see, newest day first",
    security: [{ bearer: [] }],
    request: { query: ReminderQuerySchema },
    responses: { 200: { description: "reminders", content: { "application/json": { schema: ReminderListSchema } } }, ...errorResponses },
  }),
  async (c) => {
    const q = c.req.valid("query");
    const caller = c.var.caller;
    const rows = await listReminders(c.var.db, {
      unitId: unitScope(caller, "see_matter"),
      on: q.on,
      matterId: q.matter,
    });
    return c.json({ reminders: rows.map((r) => ({ ...r, kind: r.kind as ReminderWire["kind"] })) }, 200);
  },
);
