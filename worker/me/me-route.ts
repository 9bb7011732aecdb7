import { createRoute, z } from "@hono/zod-openapi";
import { newRouter } from "../platform/router";
import { errorResponses } from "../platform/openapi-responses";

const MeSchema = z
  .object({
    role: z.enum(["office", "leader", "unit"]),
    roleName: z.string().openapi({ example: "成员单位" }),
    unit: z.string().nullable(),
    label: z.string().nullable(),
  })
  .openapi("Me");

const roleNames = { office: "办公室", leader: "召集人/副召集人", unit: "成员单位" } as const;

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
      { role: caller.role, roleName: roleNames[caller.role], unit: caller.role === "unit" ? caller.unitName : null, label: caller.label },
      200,
    );
  },
);
