import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { assessmentAdjustments, assessmentClosures, assessmentSchemes, changeLog, units } from "../../schema/tables";
import { defaultScheme } from "../../domain/assessment";
import { closeWrites } from "../../worker/assessment/closure-queries";
import { changesOf } from "../../worker/assessment/statement-guards";
import { api, db, tokenFor } from "./helpers";

let office: string;
const logOf = (entity: string, entityId: string) =>
  db().select().from(changeLog).where(and(eq(changeLog.entity, entity), eq(changeLog.entityId, entityId)));

beforeAll(async () => {
  office = await tokenFor("office");
});

describe("writes guarded inside their own statements", () => {
  it("logs a stored scheme version and an adjustment in the change log, once each", async () => {
    await api("/api/v1/assessment/2027/scheme", { method: "PUT", token: office, json: defaultScheme });
    await api("/api/v1/assessment/2027/adjustments", { method: "POST", token: office, json: { unit: "县法院", kind: "通报表扬", reason: "成效明显", date: "2027-03-01" } });
    expect((await logOf("assessment_schemes", "2027")).map((l) => [l.actor, l.action])).toEqual([["office", "insert"]]);
    const [adj] = await logOf("assessment_adjustments", "2027/县法院");
    expect(adj!.after).toMatchObject({ year: 2027, kind: "通报表扬", reason: "成效明显", date: "2027-03-01", createdBy: "office" });
  });

  it("writes nothing when a close was computed before an adjustment arrived", async () => {
    const [court] = await db().select().from(units).where(eq(units.name, "县法院"));
    const frozen = { scheme: { version: 1, ...defaultScheme }, entries: [] };
    const seen = { schemeJson: JSON.stringify(defaultScheme), lastAdjustmentId: 0, usedDefault: true };
    // The office records an adjustment after the figures were computed and before the close lands.
    await db().insert(assessmentAdjustments).values({ year: 2028, unitId: court!.id, kind: "问责", reason: "逾期", date: "2028-02-01" });
    const { writes, closureIndex } = closeWrites(db(), 2028, frozen, seen, "office");
    const results = await db().batch(writes as [(typeof writes)[number], ...typeof writes]);
    expect(changesOf(results[closureIndex])).toBe(0);
    expect(await db().select().from(assessmentClosures).where(eq(assessmentClosures.year, 2028))).toEqual([]);
    expect(await db().select().from(assessmentSchemes).where(eq(assessmentSchemes.year, 2028))).toEqual([]);
    expect(await logOf("assessment_closures", "2028")).toEqual([]);
  });

  it("writes nothing when a close was computed before a scheme change arrived", async () => {
    const frozen = { scheme: { version: 1, ...defaultScheme }, entries: [] };
    const seen = { schemeJson: JSON.stringify(defaultScheme), lastAdjustmentId: 0, usedDefault: true };
    const changed = { ...defaultScheme, indicators: defaultScheme.indicators.map((i) => ({ ...i, weight: i.weight * 2 })) };
    await db().insert(assessmentSchemes).values({ year: 2029, version: 1, scheme: changed, createdBy: "office" });
    const { writes, closureIndex } = closeWrites(db(), 2029, frozen, seen, "office");
    const results = await db().batch(writes as [(typeof writes)[number], ...typeof writes]);
    expect(changesOf(results[closureIndex])).toBe(0);
    expect(await db().select().from(assessmentClosures).where(eq(assessmentClosures.year, 2029))).toEqual([]);
    expect((await db().select().from(assessmentSchemes).where(eq(assessmentSchemes.year, 2029))).map((s) => s.version)).toEqual([1]);
  });

  it("closes when nothing changed, storing the default as version 1 and logging the close", async () => {
    const frozen = { scheme: { version: 1, ...defaultScheme }, entries: [] };
    const seen = { schemeJson: JSON.stringify(defaultScheme), lastAdjustmentId: 0, usedDefault: true };
    const { writes, closureIndex } = closeWrites(db(), 2030, frozen, seen, "office");
    const results = await db().batch(writes as [(typeof writes)[number], ...typeof writes]);
    expect(changesOf(results[closureIndex])).toBe(1);
    const [closure] = await db().select().from(assessmentClosures).where(eq(assessmentClosures.year, 2030));
    const [scheme] = await db().select().from(assessmentSchemes).where(eq(assessmentSchemes.year, 2030));
    expect(closure!.schemeId).toBe(scheme!.id);
    expect((await logOf("assessment_closures", "2030")).map((l) => l.action)).toEqual(["close"]);
  });
});
