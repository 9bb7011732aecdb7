import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { matterUnits, matters } from "../../schema/tables";
import { api, db, tokenFor } from "./helpers";
import { callers, createMatter, ensureCalendar2026 } from "./matters-fixtures";

let t: Awaited<ReturnType<typeof callers>>;

beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

/** Every request a unit might send about matter `id`, with the version it read. */
const requestsAbout = (id: number) => [
  { path: `/api/v1/matters/${id}`, init: {} },
  { path: `/api/v1/matters/${id}`, init: { method: "PATCH", json: { version: 1, settled: "2026-05-15", result: "已化解" } } },
  { path: `/api/v1/matters/${id}`, init: { method: "PATCH", json: { version: 1, contribution: "已提供情况" } } },
  { path: `/api/v1/matters/${id}/extensions`, init: { method: "POST", json: { version: 1, reason: "需等待鉴定结论", days: 5 } } },
];

describe("a unit is the same unit under any of its names", () => {
  it("lets a unit list its own reports by its alias, as it may its matters", async () => {
    const office = t.office;
    const put = await api("/api/v1/reports", {
      method: "POST",
      token: office,
      json: { rows: [{ unit: "县科商经信局", task: 17, period: "2019-Q4", progress: "已完成", problems: "", plan: "继续推进" }] },
    });
    expect(put.status).toBe(200);
    await createMatter(office, { title: "别名可见的事项" });

    for (const written of ["县经信局", "县科商经信局"]) {
      const reports = await api(`/api/v1/reports?period=2019-Q4&unit=${encodeURIComponent(written)}`, { token: t.econ });
      expect(reports.status).toBe(200);
      expect(reports.body.rows.map((r: { unit: string; task: number }) => [r.unit, r.task])).toEqual([["县科商经信局", 17]]);
      const list = await api(`/api/v1/matters?unit=${encodeURIComponent(written)}`, { token: t.econ });
      expect(list.status).toBe(200);
      expect(list.body.matters.map((m: { title: string }) => m.title)).toContain("别名可见的事项");
    }
  });

  it("still refuses a unit naming another unit, by any name, in either list", async () => {
    for (const path of ["/api/v1/reports", "/api/v1/matters"]) {
      const res = await api(`${path}?unit=${encodeURIComponent("县政府办公室")}`, { token: t.econ });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("forbidden");
    }
  });
});

describe("an unknown unit", () => {
  it("is the same 422 on column unit in the matters list and the reports list, for the office and a unit", async () => {
    const bodies = [];
    for (const path of ["/api/v1/matters", "/api/v1/reports"]) {
      for (const token of [t.office, t.econ]) {
        const res = await api(`${path}?unit=${encodeURIComponent("县不存在局")}`, { token });
        expect(res.status).toBe(422);
        bodies.push(res.body);
      }
    }
    expect(bodies[0].error.details).toEqual([{ row: null, column: "unit", code: "unknown_unit", message: "未知单位：县不存在局" }]);
    for (const b of bodies) expect(b).toEqual(bodies[0]);
  });

  it("is a 422 on the row's unit cell when a unit token names it in a report row", async () => {
    const res = await api("/api/v1/reports", {
      method: "POST",
      token: t.econ,
      json: { rows: [{ unit: "县不存在局", task: 17, period: "2019-Q3", progress: "x", problems: "", plan: "y" }] },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ row: 0, column: "unit", code: "unknown_unit", message: "未知单位：县不存在局" }]);
  });
});

describe("a unit outside a matter", () => {
  it("gets for every request the very answer it gets once the matter no longer exists", async () => {
    const m = await createMatter(t.office, { title: "外单位不可见的事项" });
    const before = [];
    for (const r of requestsAbout(m.id)) before.push(await api(r.path, { ...r.init, token: t.finance }));
    for (const res of before) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ error: { code: "not_found", message: `没有编号为 ${m.id} 的事项`, details: [] } });
    }

    await db().delete(matterUnits).where(eq(matterUnits.matterId, m.id));
    await db().delete(matters).where(eq(matters.id, m.id));
    for (const [i, r] of requestsAbout(m.id).entries()) {
      const after = await api(r.path, { ...r.init, token: t.finance });
      expect([after.status, after.body]).toEqual([before[i]!.status, before[i]!.body]);
    }
  });

  it("never sees its refusal name the matter's lead unit", async () => {
    const m = await createMatter(t.office, { title: "牵头单位不外泄" });
    for (const r of requestsAbout(m.id)) {
      const res = await api(r.path, { ...r.init, token: t.finance });
      expect(JSON.stringify(res.body)).not.toContain("县法院");
    }
  });
});

describe("refusals on a matter the caller can see", () => {
  it("tell a co-unit why without naming the lead unit", async () => {
    const m = await createMatter(t.office);
    const settle = await api(`/api/v1/matters/${m.id}`, { method: "PATCH", token: t.econ, json: { version: 1, settled: "2026-05-15", result: "已化解" } });
    const ask = await api(`/api/v1/matters/${m.id}/extensions`, { method: "POST", token: t.econ, json: { version: 1, reason: "需等待", days: 5 } });
    expect([settle.status, settle.body.error.message]).toEqual([403, "协办单位不能办结事项，请由牵头单位办结"]);
    expect([ask.status, ask.body.error.message]).toEqual([403, "只有牵头单位可以申请延期"]);
  });

  it("refuse a leader's write with 403 before looking the matter up", async () => {
    const leader = await tokenFor("leader");
    const m = await createMatter(t.office);
    const existing = await api(`/api/v1/matters/${m.id}`, { method: "PATCH", token: leader, json: { version: 1, settled: "2026-05-15", result: "x" } });
    const missing = await api("/api/v1/matters/987654", { method: "PATCH", token: leader, json: { version: 1, settled: "2026-05-15", result: "x" } });
    expect(existing.status).toBe(403);
    expect(existing.body).toEqual(missing.body);
    expect(existing.body.error.message).toBe("召集人/副召集人只能查看，不能修改");
  });
});
