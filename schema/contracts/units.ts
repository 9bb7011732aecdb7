import { z } from "@hono/zod-openapi";

export const UnitSchema = z
  .object({
    name: z.string().openapi({ example: "县财政局" }),
    kind: z.string().openapi({ example: "政府部门" }),
    member: z.boolean().openapi({ description: "true for the 27 units on the joint meeting" }),
    aliases: z.array(z.string()),
    groups: z.array(z.string()).openapi({ description: "collective names (各成员单位 …) that include this unit" }),
    liaison: z.string().nullable().openapi({ description: "the unit's current 联络员 (null when the post has no name yet)" }),
    liaisonPhone: z.string().nullable().openapi({ description: "the 联络员's phone: only for the office and leaders, else null" }),
  })
  .openapi("Unit");

export const UnitListSchema = z.object({ units: z.array(UnitSchema) }).openapi("UnitList");
export type UnitRow = z.infer<typeof UnitSchema>;
