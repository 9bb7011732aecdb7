import { beforeAll, describe, expect, it } from "vitest";
import { defaultScheme } from "../../domain/assessment";
import { api, tokenFor } from "./helpers";

let office: string;
const adjustments = async () => (await api("/api/v1/assessment/2026/adjustments", { token: office })).body.adjustments;
const schemeVersion = async () => (await api("/api/v1/assessment/2026/scheme", { token: office })).body.version;

beforeAll(async () => {
  office = await tokenFor("office");
});

describe("refusals", () => {
  it("refuses a scheme with a negative weight and unordered bands, naming each item, and stores nothing", async () => {
    const bad = {
      ...defaultScheme,
      indicators: [{ key: "leadMatters", name: "牵头事项按期办结率", weight: -10 }, ...defaultScheme.indicators.slice(1)],
      grades: [{ name: "良好", min: 80 }, { name: "优秀", min: 90 }, { name: "不合格", min: null }],
    };
    const res = await api("/api/v1/assessment/2026/scheme", { method: "PUT", token: office, json: bad });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      { row: 0, column: "indicators.weight", code: "invalid_scheme", message: "指标“牵头事项按期办结率”的权重不能为负数" },
      { row: 1, column: "grades.min", code: "invalid_scheme", message: "等次“优秀”的分数线应低于上一等次，等次须从高到低排列且不重叠" },
    ]);
    expect(await schemeVersion()).toBeNull();
  });

  it("refuses an indicator the ledger cannot count yet", async () => {
    const bad = { ...defaultScheme, indicators: [...defaultScheme.indicators, { key: "meetings", name: "联席会议出席率", weight: 10 }] };
    const res = await api("/api/v1/assessment/2026/scheme", { method: "PUT", token: office, json: bad });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      { row: 3, column: "indicators.key", code: "unknown_indicator", message: "台账尚不能统计指标“meetings”，可用的指标代码：leadMatters、coMatters、reports、firstPassMatters、headAppearance、suggestionReplies、meetingDecisions、meetingAttendance、researchApprovals" },
    ]);
  });

  it("refuses an empty scheme body", async () => {
    const res = await api("/api/v1/assessment/2026/scheme", { method: "PUT", token: office, json: {} });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: any) => d.column)).toEqual(["indicators", "adjustments", "grades"]);
  });

  it("refuses a scheme change from a leader", async () => {
    const res = await api("/api/v1/assessment/2026/scheme", { method: "PUT", token: await tokenFor("leader"), json: defaultScheme });
    expect(res.status).toBe(403);
    expect(await schemeVersion()).toBeNull();
  });

  it("refuses an adjustment for an unknown unit and stores nothing", async () => {
    const res = await api("/api/v1/assessment/2026/adjustments", { method: "POST", token: office, json: { unit: "县宇宙局", kind: "问责", reason: "逾期", date: "2026-03-01" } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ row: null, column: "unit", code: "unknown_unit", message: "未知单位：县宇宙局" }]);
    expect(await adjustments()).toEqual([]);
  });

  it("refuses an adjustment of an unknown kind", async () => {
    const res = await api("/api/v1/assessment/2026/adjustments", { method: "POST", token: office, json: { unit: "县法院", kind: "警告", reason: "逾期", date: "2026-03-01" } });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ row: null, column: "kind", message: "类型只能是通报表扬、问责、一票否决" });
  });

  it("refuses an adjustment dated in another year", async () => {
    const res = await api("/api/v1/assessment/2026/adjustments", { method: "POST", token: office, json: { unit: "县法院", kind: "通报表扬", reason: "成效明显", date: "2025-12-31" } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ row: null, column: "date", code: "wrong_year", message: "日期应在2026年内" }]);
  });

  it("refuses an adjustment for a group name", async () => {
    const res = await api("/api/v1/assessment/2026/adjustments", { method: "POST", token: office, json: { unit: "各成员单位", kind: "通报表扬", reason: "成效明显", date: "2026-02-01" } });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ column: "unit", code: "group_not_unit" });
  });

  it("refuses an adjustment from a unit token", async () => {
    const res = await api("/api/v1/assessment/2026/adjustments", { method: "POST", token: await tokenFor("unit", "县法院"), json: { unit: "县法院", kind: "通报表扬", reason: "自评", date: "2026-02-01" } });
    expect(res.status).toBe(403);
    expect(await adjustments()).toEqual([]);
  });

  // The tests that store an adjustment use years of their own, so 2026 above stays empty.
  it("records an adjustment named by an alias under the unit's own name", async () => {
    const res = await api("/api/v1/assessment/2024/adjustments", { method: "POST", token: office, json: { unit: "县政府办公室", kind: "通报表扬", reason: "协调有力", date: "2024-04-01" } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ unit: "县政府办", kind: "通报表扬", reason: "协调有力", date: "2024-04-01", createdBy: "office" });
  });

  it("shows a unit token only its own adjustments", async () => {
    for (const unit of ["县财政局", "县法院"]) {
      const res = await api("/api/v1/assessment/2023/adjustments", { method: "POST", token: office, json: { unit, kind: "问责", reason: "逾期", date: "2023-05-01" } });
      expect(res.status).toBe(201);
    }
    const res = await api("/api/v1/assessment/2023/adjustments", { token: await tokenFor("unit", "县财政局") });
    expect(res.status).toBe(200);
    expect(res.body.adjustments.map((a: any) => a.unit)).toEqual(["县财政局"]);
  });

  it("refuses the history to a unit token", async () => {
    const res = await api("/api/v1/assessment/2026/history", { token: await tokenFor("unit", "县财政局") });
    expect(res.status).toBe(403);
  });

  it("refuses closing a year to a leader", async () => {
    const res = await api("/api/v1/assessment/2026/close", { method: "POST", token: await tokenFor("leader") });
    expect(res.status).toBe(403);
  });

  it("refuses a year outside 2000–2100, naming the parameter", async () => {
    const res = await api("/api/v1/assessment/1999", { token: office });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ row: null, column: "year", message: "年度应在 2000–2100 之间" });
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("documents every assessment and summary route", async () => {
    const res = await api("/api/v1/openapi.json");
    expect(res.status).toBe(200);
    const paths = Object.keys(res.body.paths);
    for (const p of ["/api/v1/assessment/{year}", "/api/v1/assessment/{year}/scheme", "/api/v1/assessment/{year}/adjustments", "/api/v1/assessment/{year}/close", "/api/v1/assessment/{year}/history", "/api/v1/assessment/{year}/notice", "/api/v1/summary"]) {
      expect(paths).toContain(p);
    }
    expect(Object.keys(res.body.paths["/api/v1/assessment/{year}/scheme"]).sort()).toEqual(["get", "put"]);
  });
});

describe("the scheme's numbers are bounded", () => {
  const scheme = (over: { weight?: number; points?: number; cap?: number; min?: number }) => ({
    indicators: defaultScheme.indicators.map((ind, i) => (i === 0 && over.weight !== undefined ? { ...ind, weight: over.weight } : ind)),
    adjustments: defaultScheme.adjustments.map((a, i) => (i === 0 ? { ...a, ...(over.points !== undefined ? { points: over.points } : {}), ...(over.cap !== undefined ? { cap: over.cap } : {}) } : a)),
    grades: defaultScheme.grades.map((g, i) => (i === 0 && over.min !== undefined ? { ...g, min: over.min } : g)),
  });

  it.each([
    [{ weight: 1e308 }, "indicators.weight", "指标“牵头事项按期办结率”的权重不超过 100"],
    [{ points: 1e308 }, "adjustments.points", "“通报表扬”的分值应在 -100 至 100 之间"],
    [{ cap: 1e308 }, "adjustments.cap", "“通报表扬”的年度上限不超过 100"],
    [{ min: 1e308 }, "grades.min", "等次“优秀”的分数线应在 -1000 至 1000 之间"],
  ])("refuses %o with 422 naming %s and stores nothing", async (over, column, message) => {
    const res = await api("/api/v1/assessment/2026/scheme", { method: "PUT", token: office, json: scheme(over) });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ row: 0, column, code: "invalid_scheme", message }]);
    expect(await schemeVersion()).toBeNull();
  });

  it("refuses a weight JSON cannot hold as a finite number (1e309)", async () => {
    const body = JSON.stringify(scheme({ weight: 7 })).replace('"weight":7', '"weight":1e309');
    const res = await api("/api/v1/assessment/2026/scheme", { method: "PUT", token: office, body, headers: { "Content-Type": "application/json" } });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toEqual(expect.objectContaining({ row: 0, column: "indicators.weight" }));
  });

  it("accepts the bounds themselves and scores come back as numbers", async () => {
    const res = await api("/api/v1/assessment/2030/scheme", { method: "PUT", token: office, json: scheme({ weight: 100, points: 100, cap: 100 }) });
    expect(res.status).toBe(200);
    const scored = await api("/api/v1/assessment/2030", { token: office });
    expect(scored.status).toBe(200);
    expect(scored.body.entries.every((e: { score: number | null }) => e.score === null || Number.isFinite(e.score))).toBe(true);
  });
});
