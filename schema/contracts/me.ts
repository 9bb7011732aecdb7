import { z } from "@hono/zod-openapi";
import { posts, roles } from "../values";

/** GET /api/v1/me: who the token belongs to, and how the pane names the role. */
export const MeSchema = z
  .object({
    role: z.enum(roles),
    roleName: z.string().openapi({ example: "成员单位" }),
    unit: z.string().nullable(),
    label: z.string().nullable(),
    post: z.enum(posts).openapi({ description: "the post the token acts in; a token issued before people had tokens acts as the unit's 联络员" }),
    person: z.string().nullable().openapi({ description: "the person the token was issued to" }),
    personId: z.number().int().nullable(),
  })
  .openapi("Me");

export type MeWire = z.infer<typeof MeSchema>;
