import { and, asc, eq, isNull } from "drizzle-orm";
import { changeLog, tokens, units } from "../../schema/tables";
import { resolveUnitName } from "../../domain/responsibility";
import type { Db } from "../../worker/platform/db";
import { hashToken, newToken } from "../../worker/platform/token-hash";
import { loadDirectory } from "../../worker/platform/directory";
import { runBatch } from "../../worker/platform/batch";

export type Role = "office" | "leader" | "unit";

/** Issues a token and returns the secret (shown once; only its hash is stored). */
export async function issueToken(db: Db, opts: { role: Role; unit?: string; label?: string }) {
  let unitId: number | null = null;
  let unitName: string | null = null;
  if (opts.role === "unit") {
    if (!opts.unit) throw new Error("--role unit needs --unit <单位名称>");
    const resolved = resolveUnitName(opts.unit, await loadDirectory(db));
    if (!resolved || resolved.kind !== "unit") throw new Error(`unknown unit: ${opts.unit}`);
    unitId = resolved.id;
    unitName = resolved.name;
  } else if (opts.unit) {
    throw new Error(`--role ${opts.role} is not bound to a unit; drop --unit`);
  }
  const secret = newToken();
  const label = opts.label ?? (unitName ? `${unitName}` : opts.role);
  await runBatch(db, [
    db.insert(tokens).values({ hash: await hashToken(secret), role: opts.role, unitId, label }),
    db.insert(changeLog).values({ actor: "admin-cli", entity: "tokens", entityId: label, action: "issue", after: { role: opts.role, unit: unitName, label } }),
  ]);
  const [row] = await db.select({ id: tokens.id }).from(tokens).where(eq(tokens.hash, await hashToken(secret)));
  return { id: row!.id, role: opts.role, unit: unitName, label, secret };
}

/** Revokes by id or by the secret itself. Returns how many tokens were revoked. */
export async function revokeToken(db: Db, idOrSecret: string): Promise<number> {
  const where = /^\d+$/.test(idOrSecret) ? eq(tokens.id, Number(idOrSecret)) : eq(tokens.hash, await hashToken(idOrSecret));
  const live = await db.select().from(tokens).where(and(where, isNull(tokens.revokedAt)));
  if (live.length === 0) return 0;
  await runBatch(db, [
    db.update(tokens).set({ revokedAt: new Date() }).where(and(where, isNull(tokens.revokedAt))),
    ...live.map((t) => db.insert(changeLog).values({ actor: "admin-cli", entity: "tokens", entityId: String(t.id), action: "revoke" })),
  ]);
  return live.length;
}

/** Every token without its secret or hash. */
export async function listTokens(db: Db) {
  return db
    .select({ id: tokens.id, role: tokens.role, unit: units.name, label: tokens.label, createdAt: tokens.createdAt, revokedAt: tokens.revokedAt })
    .from(tokens)
    .leftJoin(units, eq(units.id, tokens.unitId))
    .orderBy(asc(tokens.id));
}
