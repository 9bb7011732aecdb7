import { createRoute } from "@hono/zod-openapi";
import { ReminderListSchema, ReminderQuerySchema } from "../../schema/contracts/matters";
import { newRouter } from "../platform/router";
import { unitScope } from "../platform/access";
import { remindersWithDeliveries } from "./reminders-queries";
import { errorResponses } from "../platform/openapi-responses";
import { missingJointMeetings } from "../meetings/joint-meeting-due";

/**
 * 催办记录 the daily job wrote, each with its deliveries (channel, status, attempts, last error):
 * a unit sees those of its matters, the office and leaders all. The office is also told of years
 * whose joint meeting is past its due day and not held.
 */
export const remindersRoute = newRouter().openapi(
  createRoute({
    method: "get",
    path: "/",
    summary: "Reminders (催办记录) of the matters the caller may see, newest day first, with their deliveries",
    security: [{ bearer: [] }],
    request: { query: ReminderQuerySchema },
    responses: { 200: { description: "reminders", content: { "application/json": { schema: ReminderListSchema } } }, ...errorResponses },
  }),
  async (c) => {
    const q = c.req.valid("query");
    const caller = c.var.caller;
    const reminders = await remindersWithDeliveries(c.var.db, {
      unitId: unitScope(caller, "see_matter"),
      on: q.on,
      matterId: q.matter,
      open: q.open === "true",
    });
    const meetingAlerts = caller.role === "office" ? await missingJointMeetings(c.var.db, c.var.today) : [];
    return c.json({ reminders, meetingAlerts }, 200);
  },
);
