import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env";
import { mattersRoute } from "./matters";
import { remindersRoute } from "./reminders";

/**
 * Later resources (calendar, matters, assessment, summary) mount here, one line each, so
 * that work on them does not collide in app.ts.
 */
export function mountFeatureRoutes(app: OpenAPIHono<AppEnv>) {
  app.route("/api/v1/matters", mattersRoute);
  app.route("/api/v1/reminders", remindersRoute);
}
