import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env";
import { calendarRoute } from "./calendar";
import { mattersRoute } from "./matters";
import { remindersRoute } from "./reminders";
import { assessmentRoute } from "./assessment";
import { assessmentSchemeRoute } from "./assessment-scheme";
import { assessmentAdjustmentsRoute } from "./assessment-adjustments";
import { assessmentCloseRoute } from "./assessment-close";
import { summaryRoute } from "./summary";

/**
 * Later resources (calendar, matters, assessment, summary) mount here, one line each, so
 * that work on them does not collide in app.ts.
 */
export function mountFeatureRoutes(app: OpenAPIHono<AppEnv>) {
  app.route("/api/v1/calendar", calendarRoute);
  app.route("/api/v1/matters", mattersRoute);
  app.route("/api/v1/reminders", remindersRoute);
  app.route("/api/v1/assessment", assessmentRoute);
  app.route("/api/v1/assessment", assessmentSchemeRoute);
  app.route("/api/v1/assessment", assessmentAdjustmentsRoute);
  app.route("/api/v1/assessment", assessmentCloseRoute);
  app.route("/api/v1/summary", summaryRoute);
}
