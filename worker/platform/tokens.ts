import { and, eq, isNull } from "drizzle-orm";
import { tokens, units } from "../../schema/tables";
import type { Db } from "./db";

/** The live (unrevoked) token with this hash, with its unit's name when bound to one. */
export async function findLiveToken(db: Db, hash: string) {
  const [row] = await db
    .select({ id: tokens.id, role: tokens.role, label: tokens.label, unitId: tokens.unitId, unitName: units.name })
    .from(tokens)
    .leftJoin(units, eq(units.id, tokens.unitId))
    .where(and(eq(tokens.hash, hash), isNull(tokens.revokedAt)))
    .limit(1);
  return row;
}
