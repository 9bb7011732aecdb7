import { beforeAll, describe, expect, it } from "vitest";
import { api } from "../helpers";
import { callers, ensureCalendar2026, matterBody } from "../matters-fixtures";

let t: Awaited<ReturnType<typeof callers>>;
let id: number;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
  id = (await api("/api/v1/matters", { method: "POST", token: t.office, json: matterBody() })).body.id;
});

const notDigits = ["0x1", "1e0", "+1", "%201", "1%20", "1.0", "-1", "１"];
const columns = (res: { body: { error: { details: { column: string }[] } } }) => res.body.error.details.map((d) => d.column);

describe("integers in paths and queries are plain digits, else 422 naming the parameter", () => {
  it.each(notDigits)("refuses the matter id %s", async (written) => {
    const res = await api(`/api/v1/matters/${written}`, { token: t.office });
    expect(res.status).toBe(422);
    expect(columns(res)).toEqual(["id"]);
  });

  it("says a number of more digits than any bound is too large, not that it is not digits", async () => {
    const res = await api("/api/v1/matters/99999999999999999999", { token: t.office });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ row: null, column: "id", code: "too_big", message: "事项编号 id 不超过 2147483647" }]);
    const limit = await api(`/api/v1/matters?limit=${"9".repeat(400)}`, { token: t.office });
    expect(limit.body.error.details).toEqual([{ row: null, column: "limit", code: "too_big", message: "每页条数 limit 不超过 500" }]);
  });

  it("still finds a matter by its digits", async () => {
    expect((await api(`/api/v1/matters/${id}`, { token: t.office })).status).toBe(200);
  });

  it.each([
    ["/api/v1/tasks/0x11/responsible", "no"],
    ["/api/v1/assessment/0x7EA", "year"],
    ["/api/v1/assessment/2026.0/scheme", "year"],
    ["/api/v1/calendar/%202026", "year"],
    ["/api/v1/summary?year=2e3", "year"],
    ["/api/v1/matters?limit=1e1", "limit"],
    ["/api/v1/matters?task=%2B19", "task"],
    ["/api/v1/reports?task=0x11", "task"],
    ["/api/v1/reminders?matter=1e0", "matter"],
    ["/api/v1/calendar/deadline?start=2026-03-02&days=0x10", "days"],
  ])("refuses %s, naming %s", async (path, column) => {
    const res = await api(path, { token: t.office });
    expect(res.status).toBe(422);
    expect(columns(res)).toEqual([column]);
  });

  it.each([
    ["PATCH", "/api/v1/drafts/0x1", { version: 1, draft: { kind: "进展报送", report: { task: 17, period: "2026-Q2", progress: "x" } } }],
    ["DELETE", "/api/v1/drafts/1e0", undefined],
    ["POST", "/api/v1/drafts/%2B1/submit", { version: 1 }],
  ])("refuses %s %s, naming id", async (method, path, json) => {
    const res = await api(path, { method, token: t.finance, json });
    expect(res.status).toBe(422);
    expect(columns(res)).toEqual(["id"]);
  });

  it("refuses a non-digit extension id on a write and changes nothing", async () => {
    const res = await api(`/api/v1/matters/${id}/extensions/1e0`, { method: "PATCH", token: t.office, json: { version: 1, decision: "批准" } });
    expect(res.status).toBe(422);
    expect(columns(res)).toEqual(["ext"]);
  });
});
