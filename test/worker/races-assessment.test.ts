import { beforeAll, describe, expect, it } from "vitest";
import { and, eq, like } from "drizzle-orm";
import { assessmentAdjustments, assessmentSchemes, changeLog } from "../../schema/tables";
import { defaultScheme } from "../../domain/assessment";
import { api, db, tokenFor } from "./helpers";

let office: string;
beforeAll(async () => {
  office = await tokenFor("office");
});

describe("assessment edits racing each other and a close", () => {
  it("stores and logs exactly the accepted edits, none of them after the close", async () => {
    const year = 2031;
    const adjust = (i: number) =>
      api(`/api/v1/assessment/${year}/adjustments`, { method: "POST", token: office, json: { unit: "县法院", kind: "通报表扬", reason: `并发${i}`, date: `${year}-03-01` } });
    const scheme = (w: number) =>
      api(`/api/v1/assessment/${year}/scheme`, {
        method: "PUT",
        token: office,
        json: { ...defaultScheme, indicators: defaultScheme.indicators.map((ind) => ({ ...ind, weight: ind.weight + w })) },
      });
    const close = () => api(`/api/v1/assessment/${year}/close`, { method: "POST", token: office });
    const adjustments = Array.from({ length: 16 }, (_, i) => i);
    const results = await Promise.all([close(), scheme(1), ...adjustments.map(adjust), scheme(2), scheme(3), close()]);
    expect(results.filter((r) => r.status >= 500)).toEqual([]);

    const [firstClose, scheme1, ...rest] = results;
    const lastClose = rest.pop()!;
    const adjResults = rest.slice(0, adjustments.length);
    const schemeResults = [scheme1, ...rest.slice(adjustments.length)];
    const adjOk = adjResults.filter((r) => r.status === 201).length;
    const schemeOk = schemeResults.filter((r) => r.status === 200).length;
    const closes = [firstClose, lastClose].filter((r) => r.status === 201).length;
    expect(closes).toBeLessThanOrEqual(1);

    const stored = await db().select().from(assessmentAdjustments).where(eq(assessmentAdjustments.year, year));
    expect(stored).toHaveLength(adjOk);
    const versions = (await db().select().from(assessmentSchemes).where(eq(assessmentSchemes.year, year))).map((s) => s.version).sort();
    expect(versions).toEqual(versions.map((_, i) => i + 1)); // distinct and contiguous
    const adjLog = await db().select().from(changeLog).where(and(eq(changeLog.entity, "assessment_adjustments"), like(changeLog.entityId, `${year}/%`)));
    expect(adjLog).toHaveLength(adjOk);
    const schemeLog = await db().select().from(changeLog).where(and(eq(changeLog.entity, "assessment_schemes"), eq(changeLog.entityId, String(year))));
    expect(schemeLog).toHaveLength(schemeOk);
    const closeLog = await db().select().from(changeLog).where(and(eq(changeLog.entity, "assessment_closures"), eq(changeLog.entityId, String(year))));
    expect(closeLog).toHaveLength(closes);
    if (closeLog[0]) {
      for (const l of [...adjLog, ...schemeLog]) expect(l.id).toBeLessThan(closeLog[0].id);
    }
  });
});
