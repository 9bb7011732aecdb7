import { createRoute } from "@hono/zod-openapi";
import { ChannelsPutSchema, UnitChannelsSchema, UnitParamSchema } from "../../schema/contracts/channels";
import { relationToUnit } from "../../domain/access";
import { resolveUnitName } from "../../domain/responsibility";
import { newRouter } from "../platform/router";
import { ensureMay, may } from "../platform/access";
import { actorOf } from "../platform/env";
import { notFound } from "../platform/errors";
import { loadDirectory } from "../platform/directory";
import type { Db } from "../platform/db";
import { errorResponses } from "../platform/openapi-responses";
import { channelToWire, currentChannels, replaceChannels } from "./channels-queries";

/** The unit a path names, by any of its names; a group or an unknown name is a missing unit. */
async function unitNamed(db: Db, written: string) {
  const r = resolveUnitName(written, await loadDirectory(db));
  if (r?.kind !== "unit") throw notFound(`没有名为“${written}”的单位`);
  return r;
}

const channelsResponse = { 200: { description: "the unit's channels", content: { "application/json": { schema: UnitChannelsSchema } } }, ...errorResponses };

/** Where a unit's 催办 are sent (企业微信 / 钉钉 robots, webhooks): the office sets them. */
export const channelsRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/{name}/channels",
      summary: "A unit's reminder channels (addresses masked, secrets never shown)",
      security: [{ bearer: [] }],
      request: { params: UnitParamSchema },
      responses: channelsResponse,
    }),
    async (c) => {
      const unit = await unitNamed(c.var.db, c.req.valid("param").name);
      ensureMay(c.var.caller, relationToUnit(c.var.caller, unit.id), "see_channels", () => notFound(`没有名为“${c.req.valid("param").name}”的单位`));
      const channels = await currentChannels(c.var.db, unit.id);
      return c.json({ unit: unit.name, channels: channels.map(channelToWire) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/{name}/channels",
      summary: "Replace a unit's reminder channels (office)",
      security: [{ bearer: [] }],
      middleware: [may("edit_channels")] as const,
      request: { params: UnitParamSchema, body: { required: true, content: { "application/json": { schema: ChannelsPutSchema } } } },
      responses: channelsResponse,
    }),
    async (c) => {
      const unit = await unitNamed(c.var.db, c.req.valid("param").name);
      const stored = await replaceChannels(c.var.db, unit.id, unit.name, c.req.valid("json").channels, actorOf(c.var.caller));
      return c.json({ unit: unit.name, channels: stored.map(channelToWire) }, 200);
    },
  );
