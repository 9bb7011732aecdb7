import { beforeAll, describe, expect, it } from "vitest";
import { matterUnits, matters, reports, taskResponsibilities, units } from "../../schema/tables";
import { api, db, tokenFor } from "./helpers";

// A fair year-end over a ledger that went live on 1 December 2025, figures computed by hand.
// Responsibilities are narrowed to three tasks:
//   task 1: 县法院 (lead), 县财政局, 县委政法委 (not a member)
//   task 2: 县委政法委 (lead), 县法院
//   task 3: 县财政局 (lead), 县司法局 — the office asks every responsible unit to report
// Report due days: Q1 2025-04-15, Q2 07-14, Q3 10-21, Q4 2026-01-15; the ledger's day is 2026-12-01.
// Only Q4 (due after 1 December) and matters due from 1 December count for 2025.
// (The judicial-suggestion register will add a reply-on-time indicator: a suggestion replied
// after its limit lowering that figure belongs in this file once the register lands.)

let office: string;
let body: any;
const entry = (unit: string) => body.entries.find((e: any) => e.unit === unit);
const assess = async (year = 2025) => {
  const res = await api(`/api/v1/assessment/${year}`, { token: office });
  expect(res.status).toBe(200);
  return res.body;
};
const put = (key: string, value: unknown) => api(`/api/v1/settings/${key}`, { method: "PUT", token: office, json: { value } });

beforeAll(async () => {
  const d = db();
  const rows = await d.select().from(units);
  const id = (name: string) => rows.find((u) => u.name === name)!.id;
  await d.delete(taskResponsibilities);
  await d.insert(taskResponsibilities).values([
    { taskNo: 1, position: 0, name: "县法院", unitId: id("县法院") },
    { taskNo: 1, position: 1, name: "县财政局", unitId: id("县财政局") },
    { taskNo: 1, position: 2, name: "县委政法委", unitId: id("县委政法委") },
    { taskNo: 2, position: 0, name: "县委政法委", unitId: id("县委政法委") },
    { taskNo: 2, position: 1, name: "县法院", unitId: id("县法院") },
    { taskNo: 3, position: 0, name: "县财政局", unitId: id("县财政局") },
    { taskNo: 3, position: 1, name: "县司法局", unitId: id("县司法局") },
  ]);
  const matter = async (title: string, task: number, lead: string, co: string[], deadline: string, settled: string | null) => {
    const [m] = await d
      .insert(matters)
      .values({ title, taskNo: task, source: "专题会议", leadUnitId: id(lead), assigned: "2025-09-01", deadline, originalDeadline: deadline, status: settled ? "已办结" : "办理中", settled, onTime: settled ? settled <= deadline : null })
      .returning();
    await d.insert(matterUnits).values([{ matterId: m!.id, unitId: id(lead), role: "lead" as const }, ...co.map((u) => ({ matterId: m!.id, unitId: id(u), role: "co" as const }))]);
  };
  await matter("启用前到期的事项", 1, "县法院", ["县财政局"], "2025-11-20", "2025-11-25");
  await matter("诉前调解协调", 1, "县法院", ["县财政局"], "2025-12-10", "2025-12-09");
  await matter("破产涉税协调", 3, "县财政局", [], "2025-12-19", null);
  await matter("无讼村创建推进", 2, "县委政法委", [], "2025-12-05", "2025-12-05");
  const report = (unit: string, taskNo: number, period: string, submittedOn: string) => ({ unitId: id(unit), taskNo, period, progress: "按计划推进", submittedOn });
  await d.insert(reports).values([
    report("县法院", 1, "2025-Q1", "2025-04-10"),
    report("县法院", 1, "2025-Q2", "2025-07-20"),
    report("县法院", 1, "2025-Q3", "2025-10-30"),
    report("县法院", 1, "2025-Q4", "2026-01-10"),
    report("县财政局", 1, "2025-Q4", "2026-01-12"),
    report("县财政局", 3, "2025-Q4", "2026-01-16"),
    report("县司法局", 3, "2025-Q4", "2026-01-15"),
    report("县委政法委", 2, "2025-Q4", "2026-01-08"),
  ]);
  office = await tokenFor("office");
  expect((await put("assessmentStart", "2025-12-01")).status).toBe(200);
  expect((await put("reportDuties", [{ task: 3, reporters: "all", cycle: null }])).status).toBe(200);
  body = await assess();
});

describe("a ledger that went live on 1 December 2025", () => {
  it("counts only what fell due from 1 December: 县法院 1 of 1 lead matters (not the one due in November) and 1 of 1 reports (Q4 only), 100", () => {
    expect(entry("县法院").breakdown).toEqual([
      { indicator: "牵头事项按期办结率", weight: 58.82, numerator: 1, denominator: 1, rate: 1, points: 58.82 },
      { indicator: "协办事项按期办结率", weight: 0, numerator: 0, denominator: 0, rate: null, points: 0 },
      { indicator: "进展按时报送率", weight: 41.18, numerator: 1, denominator: 1, rate: 1, points: 41.18 },
    ]);
    expect(entry("县法院").score).toBe(100);
  });

  it("asks nothing of co-units under the default lead-only duty: 县财政局 owes only task 3's Q4 report (late), not task 1's", () => {
    const e = entry("县财政局");
    // lead 0/1 (open past its deadline), co 1/1 (the December matter), reports 0/1: 0 + 15 + 0
    expect(e.breakdown.map((b: any) => [b.numerator, b.denominator, b.points])).toEqual([
      [0, 1, 0],
      [1, 1, 15],
      [0, 1, 0],
    ]);
    expect([e.score, e.grade]).toEqual([15, "不合格"]);
  });

  it("asks every responsible unit where the office says so: 县司法局, co-unit of task 3, owes its Q4 report and sent it on time", () => {
    expect(entry("县司法局").breakdown[2]).toMatchObject({ numerator: 1, denominator: 1, weight: 100, points: 100 });
  });

  it("ranks only the 27 members (equal scores share a rank) and shows 县委政法委 apart, scored but unranked", () => {
    expect(body.entries.filter((e: any) => e.rank !== null).map((e: any) => [e.unit, e.score, e.rank])).toEqual([
      ["县法院", 100, 1],
      ["县司法局", 100, 1],
      ["县财政局", 15, 3],
    ]);
    expect(body.entries.filter((e: any) => e.assessed)).toHaveLength(27);
    expect(body.entries.filter((e: any) => e.grade === "未参评")).toHaveLength(24);
    expect(body.entries.at(-1)).toMatchObject({ unit: "县委政法委", score: 100, rank: null, assessed: false });
    expect(body.entries.some((e: any) => e.unit === "梅山镇人民政府")).toBe(false);
  });

  it("counts nothing of a year before the go-live: every member is 未参评, none 不合格", async () => {
    const before = await assess(2024);
    expect(before.entries).toHaveLength(27);
    expect(before.entries.every((e: any) => e.grade === "未参评" && e.rank === null)).toBe(true);
  });
});

describe("the office's choices", () => {
  it("asks the co-units too once task 1's duty is all: 县财政局 1 of 2 reports, 县委政法委 1 of 2", async () => {
    expect((await put("reportDuties", [{ task: 3, reporters: "all", cycle: null }, { task: 1, reporters: "all", cycle: null }])).status).toBe(200);
    const all = await assess();
    const reportsOf = (unit: string) => all.entries.find((e: any) => e.unit === unit).breakdown[2];
    expect(reportsOf("县财政局")).toMatchObject({ numerator: 1, denominator: 2 });
    expect(reportsOf("县委政法委")).toMatchObject({ numerator: 1, denominator: 2 });
    expect((await put("reportDuties", [{ task: 3, reporters: "all", cycle: null }])).status).toBe(200);
  });

  it("ranks 县委政法委 once the office adds it to the year's assessed set, and only for that year", async () => {
    const members = body.entries.filter((e: any) => e.assessed).map((e: any) => e.unit);
    expect((await put("assessedUnits", [{ year: 2025, units: [...members, "县委政法委"] }])).status).toBe(200);
    const wider = await assess();
    expect(wider.entries.filter((e: any) => e.rank === 1).map((e: any) => e.unit)).toEqual(["县法院", "县司法局", "县委政法委"]);
    const next = await assess(2026);
    expect(next.entries.filter((e: any) => e.assessed)).toHaveLength(27);
    expect((await put("assessedUnits", [])).status).toBe(200);
  });

  it("makes a unit below the scheme's floor in every indicator 未参评, not 不合格", async () => {
    const scheme = (await api("/api/v1/assessment/2025/scheme", { token: office })).body.scheme;
    const res = await api("/api/v1/assessment/2025/scheme", { method: "PUT", token: office, json: { ...scheme, floor: 2 } });
    expect(res.status).toBe(200);
    const floored = await assess();
    expect(floored.scheme.floor).toBe(2);
    expect(floored.entries.find((e: any) => e.unit === "县财政局")).toMatchObject({ score: null, grade: "未参评", rank: null });
    expect(floored.entries.every((e: any) => e.grade !== "不合格")).toBe(true);
  });
});
