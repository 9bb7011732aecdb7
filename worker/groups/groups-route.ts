import { createRoute } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { changeLog, unitGroupMembers, unitGroups } from "../../schema/tables";
import { GroupListSchema, GroupParamSchema, GroupSchema, GroupUpdateSchema } from "../../schema/contracts/groups";
import { resolveUnitName } from "../../domain/responsibility";
import { newRouter } from "../platform/router";
import { conflict, detail, notFound, unprocessable } from "../platform/errors";
import { may } from "../platform/access";
import { actorOf } from "../platform/env";
import { chunkForD1, runBatch } from "../platform/batch";
import { loadDirectory, type Directory } from "../platform/directory";
import { conflictResponse, errorResponses } from "../platform/openapi-responses";
import { idIfChanged, lostRace } from "../platform/guarded-log";
import type { Db } from "../platform/db";

const groupToWire = (d: Directory, g: Directory["groups"][number]) => ({
  name: g.name,
  note: g.note,
  members: d.units.filter((u) => g.memberIds.includes(u.id)).map((u) => u.name),
  version: g.version,
});

/** 409 with the group as it now is: someone changed it since `version` was read. */
async function refuseStale(db: Db, groupId: number, version: number): Promise<never> {
  const d = await loadDirectory(db);
  const current = d.groups.find((g) => g.id === groupId)!;
  throw conflict(`该统称刚被他人修改，本次未保存，请按最新名单重新修改`, { current: groupToWire(d, current) }, [
    detail(null, "version", "stale", `提交的版本为 ${version}，当前版本为 ${current.version}`),
  ]);
}

/** The plan's collective names (各成员单位 …) and their members; the office keeps the lists current. */
export const groupsRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "Every group with its member units",
      security: [{ bearer: [] }],
      responses: { 200: { description: "groups", content: { "application/json": { schema: GroupListSchema } } }, ...errorResponses },
    }),
    async (c) => {
      const d = await loadDirectory(c.var.db);
      return c.json({ groups: d.groups.map((g) => groupToWire(d, g)) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/{name}",
      summary: "Replace a group's members (office); unknown names are refused one by one",
      security: [{ bearer: [] }],
      middleware: [may("edit_groups")] as const,
      request: { params: GroupParamSchema, body: { required: true, content: { "application/json": { schema: GroupUpdateSchema } } } },
      responses: {
        200: { description: "the group as stored", content: { "application/json": { schema: GroupSchema } } },
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { name } = c.req.valid("param");
      const body = c.req.valid("json");
      const db = c.var.db;
      const d = await loadDirectory(db);
      const group = d.groups.find((g) => g.name === name);
      if (!group) throw notFound(`没有名为“${name}”的统称`);

      const ids: number[] = [];
      const bad = body.members.flatMap((written, i) => {
        const r = resolveUnitName(written, d);
        if (!r) return [detail(i, "members", "unknown_unit", `未知单位：${written}`)];
        if (r.kind !== "unit") return [detail(i, "members", "group_not_unit", `“${written}”是统称，不能作为成员`)];
        if (ids.includes(r.id)) return [detail(i, "members", "duplicate", `“${r.name}”重复`)];
        ids.push(r.id);
        return [];
      });
      if (bad.length) throw unprocessable("成员名单有误，未保存", bad);

      if (body.version !== undefined && body.version !== group.version) await refuseStale(db, group.id, body.version);
      const before = groupToWire(d, group);
      const note = body.note ?? group.note;
      try {
        await runBatch(db, [
          // Guarded by the version read: a concurrent change makes it match nothing, and the log row then rolls all back.
          db.update(unitGroups).set({ note, version: group.version + 1 }).where(and(eq(unitGroups.id, group.id), eq(unitGroups.version, group.version))),
          db.insert(changeLog).values({
            actor: actorOf(c.var.caller),
            entity: "unit_groups",
            entityId: idIfChanged(group.name),
            action: "update",
            before,
            after: { name: group.name, note, members: ids.map((id) => d.units.find((u) => u.id === id)!.name), version: group.version + 1 },
          }),
          db.delete(unitGroupMembers).where(eq(unitGroupMembers.groupId, group.id)),
          ...chunkForD1(ids.map((unitId) => ({ groupId: group.id, unitId })), 2).map((rows) => db.insert(unitGroupMembers).values(rows)),
        ]);
      } catch (e) {
        if (lostRace(e)) await refuseStale(db, group.id, group.version);
        throw e;
      }
      const after = await loadDirectory(db);
      return c.json(groupToWire(after, after.groups.find((g) => g.id === group.id)!), 200);
    },
  );
