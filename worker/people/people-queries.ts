import { and, asc, eq, type SQL } from "drizzle-orm";
import { people, units } from "../../schema/tables";
import type { Db } from "../platform/db";

const personColumns = {
  id: people.id,
  name: people.name,
  unitId: people.unitId,
  unit: units.name,
  post: people.role,
  title: people.title,
  phone: people.phone,
  charge: people.charge,
  current: people.current,
  version: people.version,
};

export type PersonRecord = {
  id: number;
  name: string | null;
  unitId: number | null;
  unit: string | null;
  post: string;
  title: string | null;
  phone: string | null;
  charge: string[];
  current: boolean;
  version: number;
};

/** People in the order the plan lists posts (leaders, office, then units), optionally narrowed. */
export async function listPeople(db: Db, where: { unitId?: number; post?: string; current?: boolean } = {}): Promise<PersonRecord[]> {
  const conditions: SQL[] = [];
  if (where.unitId !== undefined) conditions.push(eq(people.unitId, where.unitId));
  if (where.post !== undefined) conditions.push(eq(people.role, where.post));
  if (where.current !== undefined) conditions.push(eq(people.current, where.current));
  return db
    .select(personColumns)
    .from(people)
    .leftJoin(units, eq(units.id, people.unitId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(people.id));
}

export async function findPerson(db: Db, id: number): Promise<PersonRecord | undefined> {
  const [row] = await db.select(personColumns).from(people).leftJoin(units, eq(units.id, people.unitId)).where(eq(people.id, id));
  return row;
}

/** The unit's current 联络员, if it has one (there is at most one). */
export async function currentLiaison(db: Db, unitId: number): Promise<PersonRecord | undefined> {
  const [row] = await listPeople(db, { unitId, post: "联络员", current: true });
  return row;
}

/**
 * The current leaders (召集人 / 副召集人) whose charge (分管) names the unit (under any name the
 * office wrote: pass them all) or the domain. For reminders at 严重逾期.
 */
export async function leadersInCharge(db: Db, names: readonly string[]): Promise<PersonRecord[]> {
  const leaders = [...(await listPeople(db, { post: "召集人", current: true })), ...(await listPeople(db, { post: "副召集人", current: true }))];
  return leaders.filter((p) => p.charge.some((c) => names.includes(c)));
}
