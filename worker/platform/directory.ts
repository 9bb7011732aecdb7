import { asc } from "drizzle-orm";
import { unitAliases, unitGroupMembers, unitGroups, units } from "../../schema/tables";
import type { UnitDirectory } from "../../domain/responsibility";
import type { Db } from "./db";
import { keptPerIsolate } from "./cache-versions";

/**
 * The whole unit directory (units in plan order, aliases, groups with members), kept per isolate
 * while the stored directory's version is unchanged (cache-versions.ts); frozen.
 */
export const loadDirectory = (db: Db) => keptPerIsolate(db, "directory", () => readDirectory(db));

/** The whole unit directory as stored, in one batch. */
async function readDirectory(db: Db) {
  const [unitRows, aliasRows, groupRows, memberRows] = await db.batch([
    db.select().from(units).orderBy(asc(units.sortOrder), asc(units.id)),
    db.select().from(unitAliases),
    db.select().from(unitGroups).orderBy(asc(unitGroups.id)),
    db.select().from(unitGroupMembers),
  ]);
  const groups = groupRows.map((g) => ({
    ...g,
    memberIds: memberRows.filter((m) => m.groupId === g.id).map((m) => m.unitId),
  }));
  return { units: unitRows, aliases: aliasRows, groups } satisfies UnitDirectory;
}

export type Directory = Awaited<ReturnType<typeof readDirectory>>;
