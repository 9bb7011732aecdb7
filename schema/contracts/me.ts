import { z } from "@hono/zod-openapi";
import { roles } from "../values";

/** GET /api/v1/me: who the token belongs to, and how the pane names the role. */
export const MeSchema = z
  .object({
    role: z.enum(roles),
    roleName: z.string().openapi({ example: "成员单位" }),
    unit: z.string().nullable(),
    label: z.string().nullable(),
  })
  .openapi("Me");

export type MeWire = z.infer<typeof MeSchema>;
