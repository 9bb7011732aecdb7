import { z } from "@hono/zod-openapi";
import { lineText } from "./common";

export const GroupSchema = z
  .object({
    name: z.string().openapi({ example: "各直属机构" }),
    note: z.string().nullable(),
    members: z.array(z.string()),
    /** Bumped by every change; send it back with an update to refuse a stale one. */
    version: z.number().int(),
  })
  .openapi("Group");

export const GroupListSchema = z.object({ groups: z.array(GroupSchema) }).openapi("GroupList");
export const GroupParamSchema = z.object({ name: z.string().min(1).openapi({ param: { name: "name", in: "path" }, example: "各直属机构" }) });
export const GroupUpdateSchema = z
  .strictObject({
    members: z.array(lineText({ max: 100, required: "单位名称不能为空" })).max(500, "成员不超过 500 家"),
    note: lineText({ max: 200 }).optional(),
    /** The version read; when given and the group has changed since, the update is refused (409). */
    version: z.number().int().positive().optional(),
  })
  .openapi("GroupUpdate");
