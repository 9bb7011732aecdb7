import { createRoute } from "@hono/zod-openapi";
import { MeSchema } from "../../schema/contracts/me";
import { roleNames } from "../../schema/values";
import { newRouter } from "../platform/router";
import { errorResponses } from "../platform/openapi-responses";

export const meRoute = newRouter().openapi(
  createRoute({
    method: "get",
    path: "/",
    summary: "Who the token belongs to",
    security: [{ bearer: [] }],
    responses: { 200: { description: "the caller", content: { "application/json": { schema: MeSchema } } }, ...errorResponses },
  }),
  (c) => {
    const caller = c.var.caller;
    return c.json(
      { role: caller.role, roleName: roleNames[caller.role], unit: caller.role === "unit" ? caller.unitName : null,
        label: caller.label,
        post: caller.post,
        person: caller.person?.name ?? null,
        personId: caller.person?.id ?? null,
      },
      200,
    );
  },
);
