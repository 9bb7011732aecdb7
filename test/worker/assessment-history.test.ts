import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { assessmentAdjustments, assessmentClosures, assessmentSchemes, matters } from "../../schema/tables";
import { defaultScheme } from "../../domain/assessment";
import { api, db } from "./helpers";
import { adjustYear2025, buildYear2025 } from "./assessment-fixture";

let office: string;
let ids: Awaited<ReturnType<typeof buildYear2025>>["ids"];
// The documented default with the weights moved to 40 / 20 / 40.
const weights4040: Record<string, number> = { leadMatters: 40, coMatters: 20, reports: 40 };
const scheme4040 = { ...defaultScheme, indicators: defaultScheme.indicators.map((i) => ({ ...i, weight: weights4040[i.key] ?? i.weight })) };
const score = (body: any, unit: string) => body.entries.find((e: any) => e.unit === unit);

beforeAll(async () => {
  ({ office, ids } = await buildYear2025());
});

// Storage is shared by the tests of this file, so each test starts from the fixture's 2025 ledger
// with no scheme stored, the year open and its five adjustments, and takes its own steps from there.
beforeEach(async () => {
  await db().delete(assessmentClosures).where(inArray(assessmentClosures.year, [2024, 2025]));
  await db().delete(assessmentSchemes).where(inArray(assessmentSchemes.year, [2024, 2025]));
  await db().delete(assessmentAdjustments).where(eq(assessmentAdjustments.year, 2025));
  await db().update(matters).set({ status: "办理中", settled: null, onTime: null }).where(eq(matters.id, ids.m4));
  await adjustYear2025(office);
});

/** Stores the 40 / 20 / 40 scheme as the year's version 1. */
async function storeScheme4040() {
  const put = await api("/api/v1/assessment/2025/scheme", { method: "PUT", token: office, json: scheme4040 });
  expect(put.status).toBe(200);
  expect(put.body.version).toBe(1);
}

/** Closes 2025 as the office. */
async function close2025() {
  const res = await api("/api/v1/assessment/2025/close", { method: "POST", token: office });
  expect(res.status).toBe(201);
  return res;
}

/** Settles the open 县法院 matter on time, which would lift 县法院's live lead rate to 3/4. */
const settleOpenMatter = () => db().update(matters).set({ status: "已办结", settled: "2025-11-20", onTime: true }).where(eq(matters.id, ids.m4));

describe("scheme versions, history and closing a year", () => {
  it("serves the documented default scheme until the office stores one", async () => {
    const res = await api("/api/v1/assessment/2025/scheme", { token: office });
    expect(res.status).toBe(200);
    expect(res.body.version).toBeNull();
    expect(res.body.scheme.grades.map((g: any) => [g.name, g.min])).toEqual([["优秀", 90], ["良好", 80], ["合格", 60], ["不合格", null]]);
  });

  it("stores a changed scheme as version 1 and rescores: 县法院 20 + 20 + 25 + 5 = 70, 县财政局 40 + 6.67 + 40 − 5 = 81.67", async () => {
    const put = await api("/api/v1/assessment/2025/scheme", { method: "PUT", token: office, json: scheme4040 });
    expect(put.status).toBe(200);
    expect(put.body.version).toBe(1);
    expect(put.body.createdBy).toBe("office");
    const res = await api("/api/v1/assessment/2025", { token: office });
    expect(res.body.scheme.version).toBe(1);
    expect(score(res.body, "县法院").breakdown.map((b: any) => b.points)).toEqual([20, 20, 25]);
    expect(score(res.body, "县法院").score).toBe(70);
    expect(score(res.body, "县财政局").breakdown.map((b: any) => b.points)).toEqual([40, 6.67, 40]);
    expect(score(res.body, "县财政局").score).toBe(81.67);
  });

  it("shows in the history which scheme produced which figures", async () => {
    await storeScheme4040();
    const res = await api("/api/v1/assessment/2025/history", { token: office });
    expect(res.status).toBe(200);
    const [first, second] = res.body.versions;
    expect([first.version, first.current, second.version, second.current]).toEqual([null, false, 1, true]);
    expect(first.figures.slice(0, 2)).toEqual([
      { unit: "县财政局", score: 85, grade: "良好", rank: 1, assessed: true },
      { unit: "县法院", score: 66.88, grade: "合格", rank: 2, assessed: true },
    ]);
    expect(second.figures.slice(0, 2)).toEqual([
      { unit: "县财政局", score: 81.67, grade: "良好", rank: 1, assessed: true },
      { unit: "县法院", score: 70, grade: "合格", rank: 2, assessed: true },
    ]);
    expect(res.body.closed).toBeNull();
  });

  it("closes the year, recording who and when, and answers with the frozen figures", async () => {
    await storeScheme4040();
    const before = Date.now();
    const res = await close2025();
    expect(res.body.closed.by).toBe("office");
    expect(res.body.closed.at).toBeGreaterThanOrEqual(before - 1000);
    expect(score(res.body, "县法院").score).toBe(70);
  });

  it("keeps returning the frozen figures after the ledger changes", async () => {
    await storeScheme4040();
    await close2025();
    await settleOpenMatter();
    const res = await api("/api/v1/assessment/2025", { token: office });
    expect(score(res.body, "县法院").breakdown[0]).toMatchObject({ numerator: 2, denominator: 4 });
    expect(score(res.body, "县法院").score).toBe(70);
    expect(res.body.closed.by).toBe("office");
  });

  it("ranks the leaders' summary by the frozen figures", async () => {
    await storeScheme4040();
    await close2025();
    await settleOpenMatter();
    const res = await api("/api/v1/summary?year=2025", { token: office });
    expect(res.body.ranking[1]).toEqual({ unit: "县法院", score: 70, grade: "合格", rank: 2, assessed: true });
  });

  it("refuses a scheme change for the closed year and stores nothing", async () => {
    await storeScheme4040();
    await close2025();
    const res = await api("/api/v1/assessment/2025/scheme", { method: "PUT", token: office, json: scheme4040 });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain("2025年度考评已于");
    expect((await api("/api/v1/assessment/2025/scheme", { token: office })).body.version).toBe(1);
  });

  it("refuses an adjustment for the closed year and stores nothing", async () => {
    await close2025();
    const res = await api("/api/v1/assessment/2025/adjustments", { method: "POST", token: office, json: { unit: "县法院", kind: "问责", reason: "补记", date: "2025-12-01" } });
    expect(res.status).toBe(409);
    expect((await api("/api/v1/assessment/2025/adjustments", { token: office })).body.adjustments).toHaveLength(5);
  });

  it("refuses to close the same year twice", async () => {
    await close2025();
    const res = await api("/api/v1/assessment/2025/close", { method: "POST", token: office });
    expect(res.status).toBe(409);
  });

  it("records the closure and the version it froze in the history", async () => {
    await storeScheme4040();
    await close2025();
    const res = await api("/api/v1/assessment/2025/history", { token: office });
    expect(res.body.closed).toMatchObject({ by: "office", version: 1 });
    expect(res.body.versions[1]).toMatchObject({ version: 1, current: true, frozen: true });
    expect(res.body.versions[1].figures[1]).toEqual({ unit: "县法院", score: 70, grade: "合格", rank: 2, assessed: true });
  });

  it("stores the default scheme as version 1 when a year is closed without ever being edited", async () => {
    const res = await api("/api/v1/assessment/2024/close", { method: "POST", token: office });
    expect(res.status).toBe(201);
    expect(res.body.scheme.version).toBe(1);
    expect(res.body.scheme.indicators.map((i: any) => i.weight)).toEqual([50, 15, 35]);
    const history = await api("/api/v1/assessment/2024/history", { token: office });
    expect(history.body.versions.map((v: any) => [v.version, v.createdBy])).toEqual([[null, null], [1, "office"]]);
  });
});
