import { beforeAll, describe, expect, it } from "vitest";
import { settings } from "../../../schema/tables";
import { meetingFigures } from "../../../worker/meetings/meeting-figures";
import { api, db, TODAY } from "../helpers";
import { callers, ensureCalendar2026 } from "../matters-fixtures";
import { meetingBody, meetingWithMinutes } from "./meetings-fixtures";

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

describe("the joint meeting's due day (setting jointMeetingDue)", () => {
  it("flags a year without a joint meeting after its due day in the summary and the office's reminders, until one is held", async () => {
    await db().insert(settings).values({ key: "jointMeetingDue", value: { "2025": "2025-06-30", "2026": "2026-06-30", "2027": "2027-06-30" } });
    const summary = await api("/api/v1/summary?year=2026", { token: t.leader });
    expect(summary.status).toBe(200);
    expect(summary.body.meetings.jointMeetingMissing).toEqual({ year: 2026, due: "2026-06-30", message: "2026年度联席会议应于 2026-06-30 前召开，目前尚未召开" });
    const reminders = await api("/api/v1/reminders", { token: t.office });
    expect(reminders.body.meetingAlerts.map((a: { year: number }) => a.year)).toEqual([2025, 2026]);
    expect((await api("/api/v1/reminders", { token: t.court })).body.meetingAlerts).toEqual([]);

    // A special meeting does not count; a joint one that year does.
    await api("/api/v1/meetings", { method: "POST", token: t.office, json: meetingBody({ kind: "专题会议", date: "2026-05-01" }) });
    expect((await api("/api/v1/summary?year=2026", { token: t.leader })).body.meetings.jointMeetingMissing).not.toBeNull();
    await api("/api/v1/meetings", { method: "POST", token: t.office, json: meetingBody({ date: "2026-09-01" }) });
    expect((await api("/api/v1/summary?year=2026", { token: t.leader })).body.meetings.jointMeetingMissing).toBeNull();
    expect((await api("/api/v1/reminders", { token: t.office })).body.meetingAlerts.map((a: { year: number }) => a.year)).toEqual([2025]);
  });
});

describe("the due day as the settings route writes it (one day)", () => {
  it("flags that day's year in the office's reminders once the day has passed", async () => {
    const put = await api("/api/v1/settings/jointMeetingDue", { method: "PUT", token: t.office, json: { value: "2025-03-20" } });
    expect(put.status).toBe(200);
    const reminders = await api("/api/v1/reminders", { token: t.office });
    expect(reminders.body.meetingAlerts).toEqual([{ year: 2025, due: "2025-03-20", message: "2025年度联席会议应于 2025-03-20 前召开，目前尚未召开" }]);
    expect((await api("/api/v1/settings/jointMeetingDue", { method: "PUT", token: t.office, json: { value: null } })).status).toBe(200);
  });
});

describe("meeting figures per unit and year", () => {
  it("counts decisions led and settled on time (会议决定落实率) and meetings invited and attended (出席率)", async () => {
    const id = await meetingWithMinutes(t.office, "金府院纪〔2026〕20号", { date: "2026-10-09" });
    await api(`/api/v1/meetings/${id}/attendance`, {
      method: "PUT",
      token: t.office,
      json: { rows: [{ unit: "县法院", status: "出席" }, { unit: "县科商经信局", status: "委派代表出席", delegate: "王五" }, { unit: "县财政局", status: "缺席" }] },
    });
    const turned = await api(`/api/v1/meetings/${id}/matters`, { method: "POST", token: t.office, json: { decisions: [1, 3], assigned: "2026-10-12" } });
    const [d1, d3] = turned.body.matters as { matter: number }[];
    await api(`/api/v1/matters/${d1!.matter}`, { method: "PATCH", token: t.office, json: { version: 1, settled: "2026-10-15", result: "机制已建立" } });
    await api(`/api/v1/matters/${d3!.matter}`, { method: "PATCH", token: t.office, json: { version: 1, settled: "2026-11-30", result: "平台已上线（逾期）" } });

    const figures = await meetingFigures(db(), 2026, TODAY);
    const of = (unit: string) => figures.find((f) => f.unit === unit);
    // Three meetings of 2026 in this file invite these units; attendance is recorded for the last one only.
    expect(of("县法院")).toEqual({ unit: "县法院", decisionsLed: 1, decisionsSettledOnTime: 1, decisionRate: 1, meetingsInvited: 3, meetingsAttended: 1, attendanceRate: 0.3333 });
    expect(of("县财政局")).toMatchObject({ decisionsLed: 1, decisionsSettledOnTime: 0, decisionRate: 0 });
    expect(of("县科商经信局")).toMatchObject({ decisionsLed: 1, decisionsSettledOnTime: 0, decisionRate: 0 });
    expect(of("县财政局")).toMatchObject({ meetingsInvited: 3, meetingsAttended: 0, attendanceRate: 0 });
    expect(of("县科商经信局")).toMatchObject({ meetingsInvited: 3, meetingsAttended: 1 });
    expect(of("县税务局")).toBeUndefined();

    const summary = await api("/api/v1/summary?year=2026", { token: t.leader });
    expect(summary.body.meetings.held.map((m: { id: number }) => m.id)).toContain(id);
    expect(summary.body.meetings.decisions).toEqual({ total: 3, settled: 2, open: 0, overdue: 0, notTurned: 1 });
  });
});
