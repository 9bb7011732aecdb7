import { and, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { people, tokens, units } from "../../schema/tables";
import type { Db } from "./db";
import { versionsColumn } from "./cache-versions";
import { bind, preparedReads, runRead } from "./prepared-read";

const holder = alias(people, "holder");

/**
 * The live (unrevoked) token with this hash, with its unit's name when bound to one and the
 * person it was issued to (if any). A token of a person no longer in post is not live. Read on every
 * request, never kept, so a revocation holds at once; the versions of what is kept per isolate come
 * in the same statement (see cache-versions.ts).
 */
export async function findLiveToken(db: Db, hash: string) {
  // Read on every request: built once per isolate, only the hash bound each time.
  const [live] = preparedReads("tokens:live", () => [
    db
      .select({
        id: tokens.id,
        role: tokens.role,
        label: tokens.label,
        unitId: tokens.unitId,
        unitName: units.name,
        personId: tokens.personId,
        personName: holder.name,
        personPost: holder.role,
        personCurrent: holder.current,
        versions: versionsColumn,
      })
      .from(tokens)
      .leftJoin(units, eq(units.id, tokens.unitId))
      .leftJoin(holder, eq(holder.id, tokens.personId))
      .where(and(eq(tokens.hash, sql.placeholder("hash")), isNull(tokens.revokedAt)))
      .limit(1),
  ]);
  const [row] = await runRead(db, bind(live, { hash }));
  if (row && row.personId !== null && row.personCurrent !== true) return undefined;
  return row;
}
