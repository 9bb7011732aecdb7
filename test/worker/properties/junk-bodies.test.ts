import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { api } from "../helpers";
import { callers, ensureCalendar2026, matterBody } from "../matters-fixtures";
import { changedTables, dbFingerprint } from "../db-fingerprint";
import { defaultScheme } from "../../../domain/assessment";

// Junk sent to every write route, as a hostile or careless client would: never a 5xx, always the
// one error shape, and a refused request leaves every table exactly as it was.

let t: Awaited<ReturnType<typeof callers>>;
let matterId: number;
let reportId: number;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
  const m = await api("/api/v1/matters", { method: "POST", token: t.office, json: matterBody({ assigned: "2026-11-30" }) });
  matterId = m.body.id;
  const ext = await api(`/api/v1/matters/${matterId}/extensions`, { method: "POST", token: t.court, json: { version: 1, reason: "需补充材料", days: 5 } });
  expect(ext.status).toBe(201);
  const r = await api("/api/v1/reports", { method: "POST", token: t.finance, json: { rows: [{ task: 17, period: "2031-Q1", progress: "初稿" }] } });
  reportId = r.body.rows[0].id;
});

type Route = { name: string; method: string; path: () => string; token: () => string; valid: Record<string, unknown> };
const routes: Route[] = [
  { name: "POST /api/v1/matters", method: "POST", path: () => "/api/v1/matters", token: () => t.office, valid: matterBody() },
  { name: "PATCH /api/v1/matters/{id}", method: "PATCH", path: () => `/api/v1/matters/${matterId}`, token: () => t.court, valid: { version: 1, settled: "2026-12-01", result: "已办结" } },
  { name: "POST /api/v1/matters/{id}/extensions", method: "POST", path: () => `/api/v1/matters/${matterId}/extensions`, token: () => t.court, valid: { version: 2, reason: "理由", days: 3 } },
  { name: "PATCH /api/v1/matters/{id}/extensions/1", method: "PATCH", path: () => `/api/v1/matters/${matterId}/extensions/1`, token: () => t.office, valid: { version: 2, decision: "驳回", note: "" } },
  { name: "POST /api/v1/matters/{id}/restore", method: "POST", path: () => `/api/v1/matters/${matterId}/restore`, token: () => t.office, valid: { version: 2, change: 1 } },
  { name: "POST /api/v1/reports/{id}/restore", method: "POST", path: () => `/api/v1/reports/${reportId}/restore`, token: () => t.office, valid: { version: 1, change: 1 } },
  { name: "POST /api/v1/reports", method: "POST", path: () => "/api/v1/reports", token: () => t.finance, valid: { rows: [{ task: 17, period: "2026-Q1", progress: "进展" }] } },
  { name: "PUT /api/v1/groups/各成员单位", method: "PUT", path: () => "/api/v1/groups/各成员单位", token: () => t.office, valid: { members: ["县法院"], note: "说明" } },
  { name: "PUT /api/v1/calendar/2090", method: "PUT", path: () => "/api/v1/calendar/2090", token: () => t.office, valid: { off: ["2090-10-02"], work: [], source: "通知" } },
  { name: "PUT /api/v1/assessment/2026/scheme", method: "PUT", path: () => "/api/v1/assessment/2026/scheme", token: () => t.office, valid: { ...defaultScheme } },
  { name: "POST /api/v1/assessment/2026/adjustments", method: "POST", path: () => "/api/v1/assessment/2026/adjustments", token: () => t.office, valid: { unit: "县财政局", kind: "通报表扬", reason: "表扬", date: "2026-03-02" } },
];

/** Any UTF-16 code unit, lone surrogates and control characters included. */
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 });
const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  anyText,
  fc.constantFrom("9999-12-31", "0000-01-01", "2026-02-30", "1e308", "0x1", " 1", "\t=1+1", "\ud800"),
  fc.constantFrom(1e308, -1e308, 0, -1, 2 ** 53, 1.5, Number.MAX_SAFE_INTEGER, 99999999),
);

/** A JSON text: a junk value, a valid body with one field junked or added, or text that is no JSON at all. */
const junkBody = (valid: Record<string, unknown>) =>
  fc.oneof(
    junkValue.map((v) => JSON.stringify(v) ?? "null"),
    fc.tuple(fc.constantFrom(...Object.keys(valid), "unitId", "status", "deadline", "id", "__proto__"), junkValue).map(([k, v]) => JSON.stringify({ ...valid, [k]: v })),
    fc.tuple(fc.constantFrom(...Object.keys(valid)), anyText).map(([k, v]) => JSON.stringify({ ...valid, [k]: v })),
    fc.string({ maxLength: 60 }),
    fc.constantFrom('{"a":', "", "{", '{"rows":[{"task":1e999}]}', '{"title":"\\ud800"}'),
  );

describe("junk bodies never reach a 5xx and a refusal writes nothing", () => {
  it.each(routes.map((r) => [r.name, r] as const))("%s", async (_name, route) => {
    await fc.assert(
      fc.asyncProperty(junkBody(route.valid), async (body) => {
        const before = await dbFingerprint();
        const res = await api(route.path(), { method: route.method, token: route.token(), body, headers: { "Content-Type": "application/json" } });
        expect(res.status, body).toBeLessThan(500);
        if (res.status >= 400) {
          expect(Object.keys(res.body.error).slice(0, 3)).toEqual(["code", "message", "details"]);
          expect(changedTables(before, await dbFingerprint())).toEqual([]);
        }
      }),
      { numRuns: 30 },
    );
  }, 30_000);
});

describe("text is stored exactly as sent or refused", () => {
  it("a report's progress either round-trips unchanged or is refused with nothing written", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyText, fc.string({ unit: "binary", maxLength: 40 })), async (progress) => {
        n += 1;
        const period = `${2000 + (n % 26)}-Q${1 + (n % 4)}`;
        // Periods recur: a report already there is updated from the version read, as a client must.
        const have = await api(`/api/v1/reports?period=${period}&task=17`, { token: t.finance });
        const version: number | undefined = have.body.rows[0]?.version;
        const before = await dbFingerprint();
        const row = { task: 17, period, progress: `${n}${progress}`, ...(version === undefined ? {} : { version }) };
        const res = await api("/api/v1/reports", { method: "POST", token: t.finance, json: { rows: [row] } });
        if (res.status !== 200) {
          expect(res.status).toBe(422);
          expect(changedTables(before, await dbFingerprint())).toEqual([]);
          return;
        }
        const read = await api(`/api/v1/reports?period=${period}&task=17`, { token: t.finance });
        expect(read.body.rows.map((r: { progress: string }) => r.progress)).toEqual([`${n}${progress}`]);
      }),
      { numRuns: 60 },
    );
  }, 30_000);
});
