import { count } from "drizzle-orm";
import {
  changeLog,
  people,
  settings,
  taskResponsibilities,
  tasks,
  unitAliases,
  unitGroupMembers,
  unitGroups,
  units,
} from "../../schema/tables";
import { PlanSeedSchema, type PlanSeed } from "../../schema/contracts/plan-seed";
import { resolveUnitName } from "../../domain/responsibility";
import type { Db } from "../platform/db";
import { chunkForD1, runBatch, type Write } from "../platform/batch";
import { loadDirectory } from "../platform/directory";

/**
 * Loads a county's plan into an empty database: units, aliases, groups, positions and the
 * tasks with their ordered responsibilities. With `goLive` (YYYY-MM-DD, the day the ledger starts)
 * it records that day as the assessment start, so the first year counts nothing due before it.
 * Does nothing when tasks already exist, so the office's later edits are never overwritten by a
 * restart.
 */
export async function seedPlan(db: Db, input: unknown, options: { goLive?: string } = {}): Promise<{ seeded: boolean }> {
  const plan: PlanSeed = PlanSeedSchema.parse(input);
  const [existing] = await db.select({ n: count() }).from(tasks);
  if ((existing?.n ?? 0) > 0) return { seeded: false };

  const unitRows = plan.units.map((u, i) => ({ name: u.name, kind: u.kind, member: u.member, sortOrder: i, note: u.note ?? null }));
  const groupRows = plan.groups.map((g) => ({ name: g.name, note: g.note ?? null }));
  const first: Write[] = [
    ...chunkForD1(unitRows, 7).map((rows) => db.insert(units).values(rows)),
    ...chunkForD1(groupRows, 4).map((rows) => db.insert(unitGroups).values(rows)),
  ];
  await runBatch(db, first);

  const base = await loadDirectory(db);
  const unitId = (name: string) => {
    const u = base.units.find((x) => x.name === name);
    if (!u) throw new Error(`plan seed names unknown unit ${name}`);
    return u.id;
  };
  const aliasRows = plan.aliases.map((a) => ({ alias: a.alias, unitId: unitId(a.unit), note: a.note ?? null }));
  const memberRows = plan.groups.flatMap((g) => {
    const groupId = base.groups.find((x) => x.name === g.name)!.id;
    return g.members.map((m) => ({ groupId, unitId: unitId(m) }));
  });
  const directory = { ...base, aliases: aliasRows };
  const taskRows = plan.tasks.map((t) => ({ no: t.no, domain: t.domain, title: t.title, text: t.text }));
  const responsibilityRows = plan.tasks.flatMap((t) =>
    t.responsible.map((written, position) => {
      const resolved = resolveUnitName(written, directory);
      if (!resolved) throw new Error(`task ${t.no} names unknown unit ${written}`);
      return {
        taskNo: t.no,
        position,
        name: written,
        unitId: resolved.kind === "unit" ? resolved.id : null,
        groupId: resolved.kind === "group" ? resolved.id : null,
      };
    }),
  );
  const peopleRows = plan.people.map((p) => ({
    role: p.role,
    title: p.title ?? null,
    name: p.name ?? null,
    unitId: p.unit ? unitId(p.unit) : null,
  }));
  const second: Write[] = [
    ...chunkForD1(aliasRows, 4).map((rows) => db.insert(unitAliases).values(rows)),
    ...chunkForD1(memberRows, 2).map((rows) => db.insert(unitGroupMembers).values(rows)),
    ...chunkForD1(taskRows, 4).map((rows) => db.insert(tasks).values(rows)),
    ...chunkForD1(responsibilityRows, 5).map((rows) => db.insert(taskResponsibilities).values(rows)),
    ...chunkForD1(peopleRows, 8).map((rows) => db.insert(people).values(rows)),
    db.insert(changeLog).values({
      actor: "system:seed",
      entity: "plan",
      entityId: plan.document.number,
      action: "seed",
      after: { county: plan.county, units: unitRows.length, tasks: taskRows.length },
    }),
    ...(options.goLive === undefined
      ? []
      : [
          db.insert(settings).values({ key: "assessmentStart", value: options.goLive }).onConflictDoNothing(),
          db.insert(changeLog).values({ actor: "system:seed", entity: "settings", entityId: "assessmentStart", action: "update", before: null, after: options.goLive }),
        ]),
  ];
  await runBatch(db, second);
  return { seeded: true };
}
