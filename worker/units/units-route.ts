import { createRoute } from "@hono/zod-openapi";
import { UnitListSchema } from "../../schema/contracts/units";
import { newRouter } from "../platform/router";
import { loadDirectory } from "../platform/directory";
import { errorResponses } from "../platform/openapi-responses";
import { listPeople } from "../people/people-queries";
import { seesPhones } from "../people/person-to-wire";
import { channelsRoute } from "./channels-route";

const unitList = newRouter().openapi(
  createRoute({
    method: "get",
    path: "/",
    summary: "Every unit, with its aliases, the groups it belongs to and its 联络员 (phone only for the office and leaders)",
    security: [{ bearer: [] }],
    responses: { 200: { description: "units in plan order", content: { "application/json": { schema: UnitListSchema } } }, ...errorResponses },
  }),
  async (c) => {
    const [d, liaisons] = await Promise.all([loadDirectory(c.var.db), listPeople(c.var.db, { post: "联络员", current: true })]);
    const phones = seesPhones(c.var.caller);
    const units = d.units.map((u) => ({
      name: u.name,
      kind: u.kind,
      member: u.member,
      aliases: d.aliases.filter((a) => a.unitId === u.id).map((a) => a.alias),
      groups: d.groups.filter((g) => g.memberIds.includes(u.id)).map((g) => g.name),
      ...liaisonOf(liaisons.find((p) => p.unitId === u.id), phones),
    }));
    return c.json({ units }, 200);
  },
);

function liaisonOf(p: { name: string | null; phone: string | null } | undefined, phones: boolean) {
  return { liaison: p?.name ?? null, liaisonPhone: phones ? (p?.phone ?? null) : null };
}
/** Units, and each unit's reminder channels. */
export const unitsRoute = newRouter().route("/", unitList).route("/", channelsRoute);
