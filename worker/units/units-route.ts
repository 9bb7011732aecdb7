import { createRoute } from "@hono/zod-openapi";
import { UnitListSchema } from "../../schema/contracts/units";
import { newRouter } from "../platform/router";
import { loadDirectory } from "../platform/directory";
import { errorResponses } from "../platform/openapi-responses";
import { channelsRoute } from "./channels-route";

const unitList = newRouter().openapi(
  createRoute({
    method: "get",
    path: "/",
    summary: "Every unit, with its aliases and the groups it belongs to",
    security: [{ bearer: [] }],
    responses: { 200: { description: "units in plan order", content: { "application/json": { schema: UnitListSchema } } }, ...errorResponses },
  }),
  async (c) => {
    const d = await loadDirectory(c.var.db);
    const units = d.units.map((u) => ({
      name: u.name,
      kind: u.kind,
      member: u.member,
      aliases: d.aliases.filter((a) => a.unitId === u.id).map((a) => a.alias),
      groups: d.groups.filter((g) => g.memberIds.includes(u.id)).map((g) => g.name),
    }));
    return c.json({ units }, 200);
  },
);

/** Units, and each unit's reminder channels. */
export const unitsRoute = newRouter().route("/", unitList).route("/", channelsRoute);
