import { z } from "@hono/zod-openapi";
import { channelKinds } from "../values";

/**
 * A channel's address: https, or plain http to this machine's loopback (127.0.0.1), where the
 * local test receivers listen; a deployed worker cannot reach loopback, so nothing leaks there.
 */
const ChannelUrlSchema = z
  .string()
  .trim()
  .max(1000)
  .refine((s) => URL.canParse(s), "不是有效的网址")
  .refine((s) => {
    if (!URL.canParse(s)) return true;
    const u = new URL(s);
    return u.protocol === "https:" || (u.protocol === "http:" && u.hostname === "127.0.0.1");
  }, "地址须以 https:// 开头");

export const ChannelInputSchema = z
  .strictObject({
    kind: z.enum(channelKinds).openapi({ description: "wecom: 企业微信群机器人; dingtalk: 钉钉自定义机器人; webhook: plain JSON POST" }),
    url: ChannelUrlSchema.openapi({ example: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…" }),
    secret: z
      .string()
      .trim()
      .min(1, "密钥不能为空")
      .max(200)
      .optional()
      .openapi({ description: "dingtalk: the 加签 secret (required); webhook: signs the body (X-Signature-256); never answered in a read" }),
  })
  .superRefine((c, ctx) => {
    if (c.kind === "dingtalk" && c.secret === undefined) ctx.addIssue({ code: "custom", path: ["secret"], message: "钉钉机器人须填写加签密钥（secret）" });
    if (c.kind === "wecom" && c.secret !== undefined) ctx.addIssue({ code: "custom", path: ["secret"], message: "企业微信群机器人不使用密钥，地址中的 key 即凭据" });
  })
  .openapi("ChannelInput");

export const ChannelsPutSchema = z
  .strictObject({ channels: z.array(ChannelInputSchema).max(5, "每个单位最多设置 5 个渠道") })
  .openapi("ChannelsPut");

/** A channel as read back: the address with its credentials masked, and whether it has a secret. */
export const ChannelSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(channelKinds),
    url: z.string().openapi({ description: "query values (robot keys and tokens) shown as ***" }),
    hasSecret: z.boolean(),
  })
  .openapi("Channel");

export const UnitChannelsSchema = z.object({ unit: z.string(), channels: z.array(ChannelSchema) }).openapi("UnitChannels");
export const UnitParamSchema = z.object({ name: z.string().min(1).openapi({ param: { name: "name", in: "path" }, example: "县财政局" }) });

export type ChannelInput = z.infer<typeof ChannelInputSchema>;
export type ChannelWire = z.infer<typeof ChannelSchema>;
