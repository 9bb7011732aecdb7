import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env";

/**
 * Later resources (calendar, matters, assessment, summary) mount here, one line each, so
 * that work on them does not collide in app.ts.
 */
export function mountFeatureRoutes(_app: OpenAPIHono<AppEnv>) {}
