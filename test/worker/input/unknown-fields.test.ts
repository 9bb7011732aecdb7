import { beforeAll, describe, expect, it } from "vitest";
import { api } from "../helpers";
import { callers, ensureCalendar2026, matterBody } from "../matters-fixtures";
import { changedTables, dbFingerprint } from "../db-fingerprint";
import { defaultScheme } from "../../../domain/assessment";

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

const unknown = (row: number | null, column: string) => ({ row, column, code: "unknown_field", message: `不能提交字段 ${column.split(".").pop()}` });
const row = { task: 17, period: "2026-Q1", progress: "已召开专题会议" };

describe("a field the contract does not know is refused with 422 naming it, and nothing is written", () => {
  it("refuses a report row carrying unitId or submittedOn", async () => {
    const before = await dbFingerprint();
    const res = await api("/api/v1/reports", {
      method: "POST",
      token: t.finance,
      json: { rows: [row, { ...row, period: "2026-Q2", unitId: 3 }, { ...row, period: "2026-Q3", submittedOn: "2026-01-01" }] },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([unknown(1, "unitId"), unknown(2, "submittedOn")]);
    expect(changedTables(before, await dbFingerprint())).toEqual([]);
  });

  it("refuses a matter carrying status and deadline", async () => {
    const before = await dbFingerprint();
    const res = await api("/api/v1/matters", { method: "POST", token: t.office, json: matterBody({ status: "已办结", deadline: "2026-05-01" }) });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([unknown(null, "status"), unknown(null, "deadline")]);
    expect(changedTables(before, await dbFingerprint())).toEqual([]);
  });

  it("refuses unknown fields in every other body, top level or nested", async () => {
    const m = await api("/api/v1/matters", { method: "POST", token: t.office, json: matterBody() });
    const before = await dbFingerprint();
    const scheme = { ...defaultScheme, indicators: [{ ...defaultScheme.indicators[0]!, extra: 1 }, ...defaultScheme.indicators.slice(1)] };
    const cases: [string, string, string, unknown, ReturnType<typeof unknown>][] = [
      ["POST", "/api/v1/reports", t.finance, { rows: [row], force: true }, unknown(null, "force")],
      ["PATCH", `/api/v1/matters/${m.body.id}`, t.econ, { version: 1, contribution: "已配合", unit: "县财政局" }, unknown(null, "unit")],
      ["POST", `/api/v1/matters/${m.body.id}/extensions`, t.court, { version: 1, reason: "需补充材料", days: 5, status: "批准" }, unknown(null, "status")],
      ["PUT", "/api/v1/groups/各成员单位", t.office, { members: [], id: 1 }, unknown(null, "id")],
      ["PUT", "/api/v1/calendar/2030", t.office, { off: [], work: [], year: 2031 }, unknown(null, "year")],
      ["PUT", "/api/v1/assessment/2026/scheme", t.office, scheme, unknown(0, "indicators.extra")],
      ["POST", "/api/v1/assessment/2026/adjustments", t.office, { unit: "县财政局", kind: "通报表扬", reason: "表扬", date: "2026-03-02", points: 50 }, unknown(null, "points")],
    ];
    for (const [method, path, token, json, expected] of cases) {
      const res = await api(path, { method, token, json });
      expect([path, res.status, res.body.error.details]).toEqual([path, 422, [expected]]);
    }
    expect(changedTables(before, await dbFingerprint())).toEqual([]);
  });

  it("says so in the OpenAPI document (additionalProperties: false)", async () => {
    const res = await api("/api/v1/openapi.json");
    expect(res.status).toBe(200);
    const schemas = res.body.components.schemas;
    for (const name of ["MatterInput", "MatterPatch", "ReportSubmission", "AssessmentScheme", "AssessmentAdjustmentInput", "GroupUpdate", "CalendarYearInput", "ExtensionRequest", "ExtensionDecision"]) {
      expect([name, schemas[name].additionalProperties]).toEqual([name, false]);
    }
    expect(schemas.ReportSubmission.properties.rows.items.additionalProperties).toBe(false);
  });
});
