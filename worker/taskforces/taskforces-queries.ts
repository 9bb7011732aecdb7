import { asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import { matters, matterUnits, people, taskforceLog, taskforceMatters, taskforceMembers, taskforces, units } from "../../schema/tables";
import type { Matter, Taskforce, TaskforceLogEntry } from "../../schema/tables";
import type { Db } from "../platform/db";

/** A task force with its members (组长 first, and their units), its matters (the one served first) and its log. */
export interface TaskforceRecord extends Taskforce {
  members: { personId: number; name: string | null; unitId: number | null; unit: string | null; side: string; role: string }[];
  matters: (Matter & { lead: string; served: boolean })[];
  /** Every unit on any of its matters (lead or co), for who may see it. */
  matterUnitIds: number[];
  log: TaskforceLogEntry[];
}

/** Loads the task forces with these ids (all of their parts in one batch), in the order of `ids`. */
async function loadRecords(db: Db, ids: number[]): Promise<TaskforceRecord[]> {
  if (ids.length === 0) return [];
  const linked = db.select({ id: taskforceMatters.matterId }).from(taskforceMatters).where(inArray(taskforceMatters.taskforceId, ids));
  const served = db.select({ id: taskforces.matterId }).from(taskforces).where(inArray(taskforces.id, ids));
  const [items, members, links, matterRows, unitRows, log] = await db.batch([
    db.select().from(taskforces).where(inArray(taskforces.id, ids)),
    db
      .select({ taskforceId: taskforceMembers.taskforceId, personId: people.id, name: people.name, unitId: people.unitId, unit: sql<string | null>`${units.name}`.as("unit_name"), side: taskforceMembers.side, role: taskforceMembers.role })
      .from(taskforceMembers)
      .innerJoin(people, eq(people.id, taskforceMembers.personId))
      .leftJoin(units, eq(units.id, people.unitId))
      .where(inArray(taskforceMembers.taskforceId, ids))
      .orderBy(sql`case when ${taskforceMembers.role} = '组长' then 0 else 1 end`, asc(people.id)),
    db.select().from(taskforceMatters).where(inArray(taskforceMatters.taskforceId, ids)).orderBy(asc(taskforceMatters.matterId)),
    db
      .select({ m: matters, lead: units.name })
      .from(matters)
      .innerJoin(units, eq(units.id, matters.leadUnitId))
      .where(or(inArray(matters.id, linked), inArray(matters.id, served))),
    db.select({ matterId: matterUnits.matterId, unitId: matterUnits.unitId }).from(matterUnits).where(or(inArray(matterUnits.matterId, linked), inArray(matterUnits.matterId, served))),
    db.select().from(taskforceLog).where(inArray(taskforceLog.taskforceId, ids)).orderBy(asc(taskforceLog.on), asc(taskforceLog.id)),
  ]);
  const matterOf = new Map(matterRows.map(({ m, lead }) => [m.id, { ...m, lead }]));
  const byId = new Map(
    items.map((t) => {
      const mine = [
        ...(t.matterId !== null && matterOf.has(t.matterId) ? [{ ...matterOf.get(t.matterId)!, served: true }] : []),
        ...links.filter((l) => l.taskforceId === t.id && l.matterId !== t.matterId).map((l) => ({ ...matterOf.get(l.matterId)!, served: false })),
      ];
      const matterIds = mine.map((m) => m.id);
      return [
        t.id,
        {
          ...t,
          members: members.filter((m) => m.taskforceId === t.id).map(({ taskforceId: _t, ...m }) => m),
          matters: mine,
          matterUnitIds: unitRows.filter((u) => matterIds.includes(u.matterId)).map((u) => u.unitId),
          log: log.filter((l) => l.taskforceId === t.id),
        },
      ];
    }),
  );
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

export async function findTaskforce(db: Db, id: number): Promise<TaskforceRecord | null> {
  const [t] = await loadRecords(db, [id]);
  return t ?? null;
}

/**
 * Task forces newest first; with `unitId`, those a person of the unit sits on and those serving a
 * matter the unit leads or co-handles (the one it serves, or one it created).
 */
export async function listTaskforces(db: Db, unitId: number | undefined): Promise<TaskforceRecord[]> {
  let where;
  if (unitId !== undefined) {
    const unitMatters = db.select({ id: matterUnits.matterId }).from(matterUnits).where(eq(matterUnits.unitId, unitId));
    const asMember = db
      .select({ id: taskforceMembers.taskforceId })
      .from(taskforceMembers)
      .innerJoin(people, eq(people.id, taskforceMembers.personId))
      .where(eq(people.unitId, unitId));
    const viaMatter = db.select({ id: taskforceMatters.taskforceId }).from(taskforceMatters).where(inArray(taskforceMatters.matterId, unitMatters));
    where = or(inArray(taskforces.id, asMember), inArray(taskforces.id, viaMatter), inArray(taskforces.matterId, unitMatters));
  }
  const rows = await db.select({ id: taskforces.id }).from(taskforces).where(where).orderBy(desc(taskforces.id));
  const ids = rows.map((r) => r.id);
  const out: TaskforceRecord[] = [];
  for (let i = 0; i < ids.length; i += 40) out.push(...(await loadRecords(db, ids.slice(i, i + 40))));
  return out;
}

/** The id just inserted into `taskforces`, read inside the same batch. */
export const newTaskforceId = sql<number>`(select max(${taskforces.id}) from ${taskforces})`;
