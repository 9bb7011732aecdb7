import { beforeAll, describe, expect, it } from "vitest";
import { api } from "./helpers";
import { callers, createMatter, ensureCalendar2026 } from "./matters-fixtures";

let t: Awaited<ReturnType<typeof callers>>;
const ids: Record<string, number> = {};

// This file's D1 holds exactly these matters, so lists can be compared whole.
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
  ids.a = (await createMatter(t.office, { title: "甲", assigned: "2026-03-02", source: "会议纪要" })).id;
  ids.b = (await createMatter(t.office, { title: "乙", assigned: "2026-04-01", task: 22, lead: "县税务局", co: [] })).id;
  ids.c = (await createMatter(t.office, { title: "丙", assigned: "2026-04-01", task: undefined, lead: "县财政局", co: ["县税务局"], source: "司法建议" })).id;
  ids.d = (await createMatter(t.office, { title: "丁", assigned: "2026-05-06" })).id;
  ids.e = (await createMatter(t.office, { title: "戊", assigned: "2026-06-01", source: "其他" })).id;
  await api(`/api/v1/matters/${ids.d}`, { method: "PATCH", token: t.office, json: { version: 1, settled: "2026-05-12", result: "已办结" } });
});

const titles = async (query: string, token = t.office) => {
  const res = await api(`/api/v1/matters${query}`, { token });
  expect(res.status).toBe(200);
  return res.body.matters.map((m: { title: string }) => m.title);
};

describe("GET /api/v1/matters", () => {
  it("lists every matter newest first, by assigned date then id", async () => {
    expect(await titles("")).toEqual(["戊", "丁", "丙", "乙", "甲"]);
  });

  it("shows a unit only the matters it leads or co-handles", async () => {
    expect(await titles("", t.tax)).toEqual(["丙", "乙"]);
  });

  it("shows a co-unit the matters it co-handles", async () => {
    expect(await titles("", t.econ)).toEqual(["戊", "丁", "甲"]);
  });

  it("shows a leader every matter", async () => {
    expect(await titles("", t.leader)).toHaveLength(5);
  });

  it("filters by unit, lead or co-unit", async () => {
    expect(await titles(`?unit=${encodeURIComponent("县税务局")}`)).toEqual(["丙", "乙"]);
  });

  it("filters by a unit written by its alias", async () => {
    expect(await titles(`?unit=${encodeURIComponent("县经信局")}`)).toEqual(["戊", "丁", "甲"]);
  });

  it("refuses a unit asking for another unit's matters with 403", async () => {
    const res = await api(`/api/v1/matters?unit=${encodeURIComponent("县法院")}`, { token: t.tax });
    expect(res.status).toBe(403);
  });

  it("refuses an unknown unit filter with 422 in column unit", async () => {
    const res = await api(`/api/v1/matters?unit=${encodeURIComponent("县甲局")}`, { token: t.office });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ column: "unit", code: "unknown_unit" });
  });

  it("filters by status", async () => {
    expect(await titles(`?status=${encodeURIComponent("已办结")}`)).toEqual(["丁"]);
  });

  it("filters by task", async () => {
    expect(await titles("?task=22")).toEqual(["乙"]);
  });

  it("filters by source", async () => {
    expect(await titles(`?source=${encodeURIComponent("司法建议")}`)).toEqual(["丙"]);
  });

  it("filters by an inclusive assigned-date range", async () => {
    expect(await titles("?from=2026-04-01&to=2026-05-06")).toEqual(["丁", "丙", "乙"]);
  });

  it("refuses an impossible date in column from", async () => {
    const res = await api("/api/v1/matters?from=2026-02-30", { token: t.office });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ column: "from" });
  });

  it("pages with limit and an opaque cursor until nextCursor is null", async () => {
    const first = await api("/api/v1/matters?limit=2", { token: t.office });
    expect(first.body.matters.map((m: { title: string }) => m.title)).toEqual(["戊", "丁"]);
    const second = await api(`/api/v1/matters?limit=2&cursor=${first.body.nextCursor}`, { token: t.office });
    expect(second.body.matters.map((m: { title: string }) => m.title)).toEqual(["丙", "乙"]);
    const third = await api(`/api/v1/matters?limit=2&cursor=${second.body.nextCursor}`, { token: t.office });
    expect(third.body.matters.map((m: { title: string }) => m.title)).toEqual(["甲"]);
    expect(third.body.nextCursor).toBeNull();
  });

  it("pages within a filter", async () => {
    const first = await api(`/api/v1/matters?limit=1&unit=${encodeURIComponent("县税务局")}`, { token: t.office });
    const second = await api(`/api/v1/matters?limit=1&unit=${encodeURIComponent("县税务局")}&cursor=${first.body.nextCursor}`, { token: t.office });
    expect([...first.body.matters, ...second.body.matters].map((m: { title: string }) => m.title)).toEqual(["丙", "乙"]);
    expect(second.body.nextCursor).toBeNull();
  });

  it("returns no cursor without a limit", async () => {
    const res = await api("/api/v1/matters", { token: t.office });
    expect(res.body.nextCursor).toBeNull();
  });

  it("refuses a cursor it did not make with 422 in column cursor", async () => {
    const res = await api("/api/v1/matters?limit=2&cursor=bm9wZQ", { token: t.office });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ column: "cursor", code: "invalid_cursor" });
  });

  it("carries every field the ledger shows on each matter", async () => {
    const res = await api(`/api/v1/matters/${ids.c}`, { token: t.office });
    expect(Object.keys(res.body).sort()).toEqual(
      [
        "id", "title", "task", "source", "sourceRef", "lead", "co", "assigned", "days", "deadline", "originalDeadline", "provisional",
        "status", "state", "colour", "workdaysLeft", "overdueSince", "settled", "result", "onTime", "returns", "version", "extensions", "reviews", "contributions", "decision",
      ].sort(),
    );
    expect(res.body).toMatchObject({ task: null, lead: "县财政局", co: ["县税务局"], source: "司法建议", decision: null });
  });
});

describe("the OpenAPI document", () => {
  it("describes the matters, extensions and reminders endpoints", async () => {
    const res = await api("/api/v1/openapi.json");
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(["/api/v1/matters", "/api/v1/matters/{id}", "/api/v1/matters/{id}/extensions", "/api/v1/matters/{id}/extensions/{ext}", "/api/v1/reminders",
        "/api/v1/matters/{id}/review", "/api/v1/matters/{id}/reopen", "/api/v1/matters/{id}/cancel"]),
    );
  });
});
