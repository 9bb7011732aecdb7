import { asc, eq, inArray } from "drizzle-orm";
import { enterpriseReviews, enterpriseUnits, enterprises, units } from "../../schema/tables";
import type { EnterpriseWire } from "../../schema/contracts/enterprises";
import type { EnterpriseMeasure, EnterpriseRiskLevel } from "../../schema/values";
import type { Db } from "../platform/db";

export type EnterpriseRecord = EnterpriseWire & { unitIds: number[] };

/** The register: enterprises by name, each with its responsible units and reviews oldest first. */
export async function listEnterprises(db: Db, where: { unitId?: number; id?: number } = {}): Promise<EnterpriseRecord[]> {
  let ids: number[] | undefined;
  if (where.unitId !== undefined) ids = (await db.select({ id: enterpriseUnits.enterpriseId }).from(enterpriseUnits).where(eq(enterpriseUnits.unitId, where.unitId))).map((r) => r.id);
  if (where.id !== undefined) ids = ids ? ids.filter((i) => i === where.id) : [where.id];
  if (ids && ids.length === 0) return [];
  const filter = ids ? inArray(enterprises.id, ids) : undefined;
  const [rows, links, reviews] = await db.batch([
    db.select().from(enterprises).where(filter).orderBy(asc(enterprises.name)),
    db.select({ enterpriseId: enterpriseUnits.enterpriseId, unitId: units.id, name: units.name }).from(enterpriseUnits).innerJoin(units, eq(units.id, enterpriseUnits.unitId)).orderBy(asc(units.sortOrder), asc(units.id)),
    db.select().from(enterpriseReviews).orderBy(asc(enterpriseReviews.reviewedOn), asc(enterpriseReviews.id)),
  ]);
  return rows.map((e) => {
    const own = reviews.filter((r) => r.enterpriseId === e.id).map((r) => ({ id: r.id, reviewedOn: r.reviewedOn, level: r.level as EnterpriseRiskLevel, note: r.note }));
    const mine = links.filter((l) => l.enterpriseId === e.id);
    return {
      id: e.id,
      name: e.name,
      level: e.level as EnterpriseRiskLevel,
      measures: e.measures as EnterpriseMeasure[],
      units: mine.map((l) => l.name),
      unitIds: mine.map((l) => l.unitId),
      reviews: own,
      movement: own.map((r) => r.level).filter((l, i, all) => i === 0 || all[i - 1] !== l).join("→"),
      version: e.version,
    };
  });
}

export async function findEnterprise(db: Db, id: number): Promise<EnterpriseRecord | undefined> {
  return (await listEnterprises(db, { id }))[0];
}

export const enterpriseToWire = ({ unitIds: _ids, ...e }: EnterpriseRecord): EnterpriseWire => e;
