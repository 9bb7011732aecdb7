import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { changeLog } from "../../../schema/tables";
import { api, db } from "../helpers";
import { callers, ensureCalendar2026 } from "../matters-fixtures";
import { meetingBody } from "./meetings-fixtures";

// PATCH /api/v1/meetings/:id with `invited`: the office adds a unit it forgot to invite, or takes
// one out, from the version read; a unit whose attendance is recorded stays, and an unknown unit
// is refused on its row of `invited`, nothing written.

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

const invitedOf = async (id: number) => ((await api(`/api/v1/meetings/${id}`, { token: t.office })).body.invited as { unit: string }[]).map((a) => a.unit).sort();

describe("PATCH /api/v1/meetings/:id, invited units", () => {
  it("adds and removes invited units (an alias too), logs the new list, and shows the meeting to the unit added", async () => {
    const id = (await api("/api/v1/meetings", { method: "POST", token: t.office, json: meetingBody() })).body.id as number;
    expect((await api(`/api/v1/meetings/${id}`, { token: t.tax })).status).toBe(404);
    const res = await api(`/api/v1/meetings/${id}`, { method: "PATCH", token: t.office, json: { version: 1, invited: ["县法院", "县财政局", "县税务局"] } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.version).toBe(2);
    expect(await invitedOf(id)).toEqual(["县法院", "县税务局", "县财政局"].sort());
    expect((await api(`/api/v1/meetings/${id}`, { token: t.tax })).status).toBe(200);
    const [log] = await db().select().from(changeLog).where(and(eq(changeLog.entity, "meetings"), eq(changeLog.entityId, String(id)), eq(changeLog.action, "update")));
    expect(log!.after).toEqual({ invited: ["县法院", "县财政局", "县税务局"] });
    const alias = await api(`/api/v1/meetings/${id}`, { method: "PATCH", token: t.office, json: { version: 2, invited: ["县法院", "县财政局", "县税务局", "县经信局"] } });
    expect(alias.status).toBe(200);
    expect(await invitedOf(id)).toContain("县科商经信局");
  });

  it("keeps a unit whose attendance is recorded, refuses an unknown unit and a repeated one on their rows, and writes nothing then", async () => {
    const id = (await api("/api/v1/meetings", { method: "POST", token: t.office, json: meetingBody() })).body.id as number;
    const attended = await api(`/api/v1/meetings/${id}/attendance`, { method: "PUT", token: t.office, json: { rows: [{ unit: "县法院", status: "出席" }] } });
    expect(attended.status).toBe(200);
    const version = attended.body.version as number;
    const dropped = await api(`/api/v1/meetings/${id}`, { method: "PATCH", token: t.office, json: { version, invited: ["县财政局"] } });
    expect(dropped.status).toBe(422);
    expect(dropped.body.error.details).toEqual([{ row: null, column: "invited", code: "attendance_recorded", message: "“县法院”已记录出席情况（出席），不能移出受邀单位" }]);
    const bad = await api(`/api/v1/meetings/${id}`, { method: "PATCH", token: t.office, json: { version, invited: ["县法院", "县火星局", "县法院"] } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.map((d: { row: number; code: string }) => [d.row, d.code])).toEqual([
      [1, "unknown_unit"],
      [2, "duplicate"],
    ]);
    expect(await invitedOf(id)).toEqual(["县法院", "县科商经信局", "县财政局"].sort());
    expect((await api(`/api/v1/meetings/${id}`, { token: t.office })).body.version).toBe(version);
  });

  it("refuses a stale version and a unit, and leaves the invited units as they were", async () => {
    const id = (await api("/api/v1/meetings", { method: "POST", token: t.office, json: meetingBody() })).body.id as number;
    expect((await api(`/api/v1/meetings/${id}`, { method: "PATCH", token: t.court, json: { version: 1, invited: ["县法院"] } })).status).toBe(403);
    expect((await api(`/api/v1/meetings/${id}`, { method: "PATCH", token: t.office, json: { version: 1, place: "县政府第二会议室" } })).status).toBe(200);
    const stale = await api(`/api/v1/meetings/${id}`, { method: "PATCH", token: t.office, json: { version: 1, invited: ["县法院"] } });
    expect(stale.status).toBe(409);
    expect(await invitedOf(id)).toEqual(["县法院", "县科商经信局", "县财政局"].sort());
  });
});
