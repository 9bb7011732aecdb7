import { z } from "@hono/zod-openapi";
import { posts } from "../values";

const name = z.string().trim().min(1, "请填写姓名").max(50, "不超过50字");
const unit = z.string().trim().min(1, "请填写单位名称").openapi({ example: "县财政局" });
const phone = z.string().trim().regex(/^[0-9+\-() ]{5,30}$/, "电话号码格式不对").openapi({ example: "0564-5112345" });
const post = z.enum(posts, { error: `职务应为 ${posts.join("、")} 之一` });
const charge = z.array(z.string().trim().min(1, "分管内容不能为空").max(100, "不超过100字")).max(60, "分管最多 60 项");

export const PersonSchema = z
  .object({
    id: z.number().int(),
    name: z.string().nullable().openapi({ description: "null while the office has not filled the post in" }),
    unit: z.string().nullable(),
    post,
    title: z.string().nullable(),
    phone: z.string().nullable().optional().openapi({ description: "present only for the office and leaders" }),
    charge: z.array(z.string()).openapi({ description: "a leader's charge (分管): domains or units" }),
    current: z.boolean().openapi({ description: "false once the person has left the post" }),
    version: z.number().int(),
  })
  .openapi("Person");

export const PersonListSchema = z.object({ people: z.array(PersonSchema) }).openapi("PersonList");

export const PersonInputSchema = z
  .object({
    name,
    unit: unit.nullish(),
    post,
    title: z.string().trim().max(100, "不超过100字").nullish(),
    phone: phone.nullish(),
    charge: charge.default([]),
  })
  .strict()
  .openapi("PersonInput");

export const PersonPatchSchema = z
  .object({
    version: z.number({ error: "请带上拉取时的版本号 version" }).int().positive(),
    name: name.optional(),
    unit: unit.nullish(),
    post: post.optional(),
    title: z.string().trim().max(100, "不超过100字").nullish(),
    phone: phone.nullish(),
    charge: charge.optional(),
    current: z.boolean({ error: "在任应为 true 或 false" }).optional(),
  })
  .strict()
  .openapi("PersonPatch");

export const PersonQuerySchema = z.object({
  unit: z.string().min(1, "请填写单位名称").optional(),
  post: post.optional(),
});

export const PersonIdParamSchema = z.object({
  id: z.coerce.number({ error: "编号应为整数" }).int().positive().openapi({ param: { name: "id", in: "path" }, example: 7 }),
});

export const TokenIssueSchema = z
  .object({ label: z.string().trim().min(1).max(100, "不超过100字").optional().openapi({ example: "张三的 Excel" }) })
  .strict()
  .openapi("TokenIssue");

export const PersonTokenSchema = z
  .object({
    id: z.number().int(),
    label: z.string().nullable(),
    createdAt: z.number().int().openapi({ description: "epoch ms" }),
    revokedAt: z.number().int().nullable(),
  })
  .openapi("PersonToken");

export const PersonTokenListSchema = z.object({ tokens: z.array(PersonTokenSchema) }).openapi("PersonTokenList");

export const IssuedTokenSchema = PersonTokenSchema.extend({
  person: z.number().int(),
  secret: z.string().openapi({ description: "the bearer secret, returned only this once" }),
}).openapi("IssuedToken");

export const TokenIdParamSchema = PersonIdParamSchema;

export type PersonWire = z.infer<typeof PersonSchema>;
export type PersonInput = z.infer<typeof PersonInputSchema>;
export type PersonPatch = z.infer<typeof PersonPatchSchema>;
export type PersonTokenWire = z.infer<typeof PersonTokenSchema>;
export type IssuedTokenWire = z.infer<typeof IssuedTokenSchema>;
