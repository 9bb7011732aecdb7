import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { changeLog, tokens } from "../../schema/tables";
import { roleOfPost, type Post } from "../../schema/values";
import type { PersonTokenWire } from "../../schema/contracts/people";
import type { Db } from "../platform/db";
import { runBatch } from "../platform/batch";
import { hashToken, newToken } from "../platform/token-hash";
import { idIfChanged } from "../platform/guarded-log";

type TokenRow = typeof tokens.$inferSelect;

export const tokenToWire = (t: TokenRow): PersonTokenWire => ({
  id: t.id,
  label: t.label,
  createdAt: t.createdAt.getTime(),
  revokedAt: t.revokedAt ? t.revokedAt.getTime() : null,
});

/**
 * Issues a token to a person, acting in the person's post (a unit's post acts for the unit).
 * Returns the secret, which is shown this once: only its hash is stored.
 */
export async function issuePersonToken(
  db: Db,
  actor: string,
  person: { id: number; name: string | null; post: string; unitId: number | null; unit: string | null },
  label: string | undefined,
) {
  const role = roleOfPost[person.post as Post];
  const secret = newToken();
  const hash = await hashToken(secret);
  const named = label ?? `${person.unit ?? ""}${person.post}${person.name ?? ""}`;
  await runBatch(db, [
    db.insert(tokens).values({ hash, role, unitId: role === "unit" ? person.unitId : null, personId: person.id, label: named }),
    db.insert(changeLog).values({
      actor,
      entity: "tokens",
      entityId: sql<string>`cast(last_insert_rowid() as text)`,
      action: "issue",
      after: { person: person.id, name: person.name, unit: person.unit, post: person.post, role, label: named },
    }),
  ]);
  const [row] = await db.select().from(tokens).where(eq(tokens.hash, hash));
  return { ...tokenToWire(row!), person: person.id, secret };
}

export async function tokensOf(db: Db, personId: number) {
  return db.select().from(tokens).where(eq(tokens.personId, personId)).orderBy(asc(tokens.id));
}

export async function findToken(db: Db, id: number) {
  const [row] = await db.select().from(tokens).where(eq(tokens.id, id));
  return row;
}

/** Revokes a token at once (the next request with it is 401). Revoking a revoked token changes nothing. */
export async function revokeTokenById(db: Db, actor: string, id: number): Promise<void> {
  const t = await findToken(db, id);
  if (!t || t.revokedAt) return;
  await runBatch(db, [
    db.update(tokens).set({ revokedAt: new Date() }).where(and(eq(tokens.id, id), isNull(tokens.revokedAt))),
    db.insert(changeLog).values({ actor, entity: "tokens", entityId: idIfChanged(String(id)), action: "revoke", before: { person: t.personId, label: t.label } }),
  ]).catch((e: unknown) => {
    // A concurrent revoke got there first: the token is revoked either way.
    if (!/NOT NULL constraint failed: change_log\.entity_id/.test(String(e instanceof Error ? `${e.message} ${String(e.cause)}` : e))) throw e;
  });
}
