import { beforeAll, describe, expect, it } from "vitest";
import { api } from "../helpers";
import { callers, ensureCalendar2026, matterBody } from "../matters-fixtures";
import { changedTables, dbFingerprint } from "../db-fingerprint";

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

const range = "日期应在 2000-01-01 至 2100-12-31 之间";

describe("dates outside 2000-01-01..2100-12-31 are refused with 422 naming the column", () => {
  it.each(["9999-12-31", "0000-01-01", "1999-12-31", "2101-01-01"])("refuses a matter assigned on %s and stores nothing", async (assigned) => {
    const before = await dbFingerprint();
    const res = await api("/api/v1/matters", { method: "POST", token: t.office, json: matterBody({ assigned }) });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ row: null, column: "assigned", code: "custom", message: range }]);
    expect(changedTables(before, await dbFingerprint())).toEqual([]);
  });

  it("accepts the first and the last day of the range", async () => {
    for (const assigned of ["2000-01-03", "2100-12-31"]) {
      const res = await api("/api/v1/matters", { method: "POST", token: t.office, json: matterBody({ assigned, days: 365 }) });
      expect([assigned, res.status]).toEqual([assigned, 201]);
    }
  });

  it.each(["9999-12-31", "0000-01-01", "0001-01-01"])("refuses a deadline question starting %s, naming start", async (start) => {
    const res = await api(`/api/v1/calendar/deadline?start=${start}&days=10`, { token: t.court });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ column: "start", message: range })]);
  });

  it("answers the widest combination the contract allows (last day, 3650 working days) without a 5xx", async () => {
    const res = await api("/api/v1/calendar/deadline?start=2100-12-31&days=3650", { token: t.court });
    expect(res.status).toBe(200);
    expect(res.body.provisional).toBe(true);
    expect(res.body.deadline > "2100-12-31").toBe(true);
  });

  it.each(["99999999", "3651", "1" + "0".repeat(400)])("refuses %s working days, naming days", async (days) => {
    const res = await api(`/api/v1/calendar/deadline?start=2026-03-02&days=${days}`, { token: t.court });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { column: string }) => d.column)).toEqual(["days"]);
  });

  it("refuses out-of-range days in the workdays count, the matter list, reminders and settling", async () => {
    const asked = [
      await api("/api/v1/calendar/workdays?from=0001-01-01&to=2026-03-02", { token: t.court }),
      await api("/api/v1/matters?from=9999-01-01", { token: t.office }),
      await api("/api/v1/reminders?on=0000-01-01", { token: t.office }),
    ];
    expect(asked.map((r) => [r.status, r.body.error.details[0].column])).toEqual([[422, "from"], [422, "from"], [422, "on"]]);
    const created = await api("/api/v1/matters", { method: "POST", token: t.office, json: matterBody() });
    const before = await dbFingerprint();
    const settled = await api(`/api/v1/matters/${created.body.id}`, { method: "PATCH", token: t.court, json: { version: 1, settled: "9999-12-31", result: "办结" } });
    expect([settled.status, settled.body.error.details[0].column]).toEqual([422, "settled"]);
    expect(changedTables(before, await dbFingerprint())).toEqual([]);
  });

  it.each(["9999-Q1", "0000-03", "1999-Q4", "2101-01"])("refuses a report for period %s, naming the row's period", async (period) => {
    const res = await api("/api/v1/reports", { method: "POST", token: t.finance, json: { rows: [{ task: 17, period, progress: "进展" }] } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ row: 0, column: "period", code: "custom", message: "报送期次的年份应在 2000–2100 之间" }]);
  });
});
