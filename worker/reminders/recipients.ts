import { inArray } from "drizzle-orm";
import { tasks, unitAliases, units } from "../../schema/tables";
import { recipientsFor as recipientsByRule, type PersonToRemind, type Recipient } from "../../domain/reminders/recipients-for";
import type { ReminderKind } from "../../schema/values";
import type { Db } from "../platform/db";
import { chunkForD1 } from "../platform/batch";
import { currentLiaison, leadersInCharge, listPeople, type PersonRecord } from "../people/people-queries";

export type RecipientsFor = (matter: { leadUnitId: number; taskNo: number | null }, level: ReminderKind) => Recipient[];

const toRemind = (p: PersonRecord): PersonToRemind => ({ id: p.id, name: p.name, unitId: p.unitId });

/** Every name a unit goes by (its own and its aliases), by unit id. */
async function namesOfUnits(db: Db, unitIds: number[]): Promise<Map<number, string[]>> {
  const names = new Map<number, string[]>();
  for (const ids of chunkForD1(unitIds, 1)) {
    for (const u of await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids))) names.set(u.id, [u.name]);
    const aliases = await db.select({ unitId: unitAliases.unitId, alias: unitAliases.alias }).from(unitAliases).where(inArray(unitAliases.unitId, ids));
    for (const a of aliases) names.get(a.unitId)?.push(a.alias);
  }
  return names;
}

/**
 * Who the reminders of one daily run go to, read once per run from `people`: the current
 * 联络员 of each lead unit (`currentLiaison`), and the leaders whose 分管 names the lead unit
 * (under any of its names) or the matter's task domain (`leadersInCharge`). A leader sitting in no
 * unit is reached through the units of the office's current staff. Leaders are looked up only for
 * the matters at 严重逾期.
 */
export async function loadRecipients(db: Db, matters: readonly { leadUnitId: number; taskNo: number | null; level: ReminderKind }[]): Promise<RecipientsFor> {
  const unitIds = [...new Set(matters.map((m) => m.leadUnitId))];
  const [names, office, domains] = await Promise.all([
    namesOfUnits(db, unitIds),
    listPeople(db, { post: "办公室", current: true }),
    db.select({ no: tasks.no, domain: tasks.domain }).from(tasks),
  ]);
  const domainOf = new Map(domains.map((t) => [t.no, t.domain]));
  const officeUnitIds = [...new Set(office.flatMap((p) => (p.unitId === null ? [] : [p.unitId])))];
  const liaisons = new Map<number, PersonToRemind | null>();
  const leaders = new Map<string, PersonToRemind[]>();
  for (const m of matters) {
    if (!liaisons.has(m.leadUnitId)) {
      const p = await currentLiaison(db, m.leadUnitId);
      liaisons.set(m.leadUnitId, p ? toRemind(p) : null);
    }
    const key = `${m.leadUnitId}/${m.taskNo ?? ""}`;
    if (m.level === "严重逾期" && !leaders.has(key)) {
      const domain = m.taskNo === null ? [] : [domainOf.get(m.taskNo) ?? ""].filter(Boolean);
      leaders.set(key, (await leadersInCharge(db, [...(names.get(m.leadUnitId) ?? []), ...domain])).map(toRemind));
    }
  }
  return (matter, level) =>
    recipientsByRule(matter, level, {
      liaison: liaisons.get(matter.leadUnitId) ?? null,
      leadersInCharge: leaders.get(`${matter.leadUnitId}/${matter.taskNo ?? ""}`) ?? [],
      officeUnitIds,
    });
}
