import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { changeLog, meetingDecisions } from "../../../schema/tables";
import { api, db } from "../helpers";
import { callers, ensureCalendar2026 } from "../matters-fixtures";
import { meetingBody, meetingWithMinutes, minutesBody } from "./meetings-fixtures";

// DELETE /api/v1/meetings/:id/minutes: what deleting a meeting's last 会议决定 row asks for. The
// minutes go (number, date, every decision), the change is logged once, and a meeting whose
// decision is already a matter keeps them (409 naming the decision).

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

const logsOf = (id: number) => db().select().from(changeLog).where(and(eq(changeLog.entity, "meetings"), eq(changeLog.entityId, String(id)), eq(changeLog.action, "minutes_removed")));

describe("DELETE /api/v1/meetings/:id/minutes", () => {
  it("removes the number, date and every decision, logs it once, and frees the number for another meeting", async () => {
    const id = await meetingWithMinutes(t.office, "金府院纪〔2026〕50号");
    const before = (await api(`/api/v1/meetings/${id}`, { token: t.office })).body.version as number;
    const res = await api(`/api/v1/meetings/${id}/minutes`, { method: "DELETE", token: t.office });
    expect(res.status).toBe(200);
    expect(res.body.minutes).toBeNull();
    expect(res.body.version).toBe(before + 1);
    expect(await db().select().from(meetingDecisions).where(eq(meetingDecisions.meetingId, id))).toEqual([]);
    expect(await logsOf(id)).toHaveLength(1);
    // Again: nothing left to remove, nothing logged, the meeting as it is.
    const again = await api(`/api/v1/meetings/${id}/minutes`, { method: "DELETE", token: t.office });
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(before + 1);
    expect(await logsOf(id)).toHaveLength(1);
    const other = (await api("/api/v1/meetings", { method: "POST", token: t.office, json: meetingBody() })).body.id as number;
    expect((await api(`/api/v1/meetings/${other}/minutes`, { method: "PUT", token: t.office, json: minutesBody("金府院纪〔2026〕50号") })).status).toBe(200);
  });

  it("keeps the minutes once a decision is a matter (409 naming it), and refuses a unit, a leader and a missing meeting", async () => {
    const id = await meetingWithMinutes(t.office, "金府院纪〔2026〕51号");
    await api(`/api/v1/meetings/${id}/matters`, { method: "POST", token: t.office, json: { decisions: [2], assigned: "2026-04-30" } });
    const res = await api(`/api/v1/meetings/${id}/minutes`, { method: "DELETE", token: t.office });
    expect(res.status).toBe(409);
    expect(res.body.error.details[0]).toMatchObject({ column: "decisions", code: "already_turned" });
    expect(res.body.error.details[0].message).toMatch(/^第2项决定已转为督办事项/);
    expect((await api(`/api/v1/meetings/${id}`, { token: t.office })).body.minutes.number).toBe("金府院纪〔2026〕51号");
    expect(await logsOf(id)).toEqual([]);
    expect((await api(`/api/v1/meetings/${id}/minutes`, { method: "DELETE", token: t.court })).status).toBe(403);
    expect((await api(`/api/v1/meetings/${id}/minutes`, { method: "DELETE", token: t.leader })).status).toBe(403);
    expect((await api(`/api/v1/meetings/999999/minutes`, { method: "DELETE", token: t.office })).status).toBe(404);
  });
});
