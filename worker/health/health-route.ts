import { createRoute, z } from "@hono/zod-openapi";
import { newRouter } from "../platform/router";

const HealthSchema = z.object({ ok: z.literal(true), service: z.string(), county: z.string(), time: z.string() }).openapi("Health");

export const health = newRouter().openapi(
  createRoute({
    method: "get",
    path: "/",
    summary: "Liveness; needs no token",
    responses: { 200: { description: "up", content: { "application/json": { schema: HealthSchema } } } },
  }),
  (c) => c.json({ ok: true as const, service: "fuyuan-ledger", county: c.env.COUNTY, time: new Date().toISOString() }, 200),
);
