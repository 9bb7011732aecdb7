import { beforeAll, describe, expect, it } from "vitest";
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { and, eq } from "drizzle-orm";
import { changeLog, matters, reminders } from "../../schema/tables";
import worker from "../../worker/index";
import { api, db } from "./helpers";
import { callers, createMatter, ensureCalendar2026 } from "./matters-fixtures";

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

/** Runs the daily Cron Trigger handler at an instant, as Workers would. */
async function runCron(scheduledTime: string) {
  const controller = createScheduledController({ scheduledTime: new Date(scheduledTime), cron: "0 1 * * *" });
  const ctx = createExecutionContext();
  await worker.scheduled(controller, env, ctx);
  await waitOnExecutionContext(ctx);
}
const remindersOf = (matterId: number) => db().select().from(reminders).where(eq(reminders.matterId, matterId));
const matterRow = async (id: number) => (await db().select().from(matters).where(eq(matters.id, id)))[0]!;

// 09:00 China time on Thursday 14 May 2026.
const THU_14_MAY = "2026-05-14T01:00:00Z";

describe("the daily reminder job (催办)", () => {
  it("records a 临期 reminder for a matter due within 3 working days", async () => {
    const m = await createMatter(t.office, { assigned: "2026-04-30" }); // due Monday 18 May
    await runCron(THU_14_MAY);
    expect(await remindersOf(m.id)).toEqual([expect.objectContaining({ on: "2026-05-14", kind: "临期", workdaysLeft: 2 })]);
    expect((await matterRow(m.id)).overdueSince).toBeNull();
  });

  it("marks a matter past its deadline overdue and records a 逾期 reminder with the working days past", async () => {
    const m = await createMatter(t.office, { assigned: "2026-04-22" }); // due Saturday 9 May (a make-up working day)
    await runCron(THU_14_MAY);
    expect(await remindersOf(m.id)).toEqual([expect.objectContaining({ on: "2026-05-14", kind: "逾期", workdaysLeft: -4 })]);
    expect(await matterRow(m.id)).toMatchObject({ overdueSince: "2026-05-14", version: 1 });
  });

  it("records 严重逾期 from 5 working days past the deadline", async () => {
    const five = await createMatter(t.office, { assigned: "2026-04-21" }); // due Friday 8 May
    const six = await createMatter(t.office, { assigned: "2026-04-20" }); // due Thursday 7 May
    await runCron(THU_14_MAY);
    expect(await remindersOf(five.id)).toEqual([expect.objectContaining({ on: "2026-05-14", kind: "严重逾期", workdaysLeft: -5 })]);
    expect(await remindersOf(six.id)).toEqual([expect.objectContaining({ on: "2026-05-14", kind: "严重逾期", workdaysLeft: -6 })]);
    expect(await matterRow(six.id)).toMatchObject({ overdueSince: "2026-05-14", version: 1 });
  });

  it("logs the overdue mark as the job", async () => {
    const m = await createMatter(t.office, { assigned: "2026-04-20" });
    await runCron(THU_14_MAY);
    const logs = await db()
      .select()
      .from(changeLog)
      .where(and(eq(changeLog.entityId, String(m.id)), eq(changeLog.action, "overdue")));
    expect(logs.map((l) => [l.actor, l.after])).toEqual([["system:cron", { overdueSince: "2026-05-14", deadline: "2026-05-07" }]]);
  });

  it("records nothing for a matter on track", async () => {
    const m = await createMatter(t.office, { assigned: "2026-05-13" });
    await runCron(THU_14_MAY);
    expect(await remindersOf(m.id)).toEqual([]);
  });

  it("records nothing for a settled matter, even a late one", async () => {
    const m = await createMatter(t.office, { assigned: "2026-04-20" });
    await api(`/api/v1/matters/${m.id}`, { method: "PATCH", token: t.court, json: { version: 1, settled: "2026-05-12", result: "已办结" } });
    await runCron(THU_14_MAY);
    expect(await remindersOf(m.id)).toEqual([]);
    expect((await matterRow(m.id)).overdueSince).toBeNull();
  });

  it("adds no second reminder when it runs twice on one day", async () => {
    const m = await createMatter(t.office, { assigned: "2026-04-30" });
    await runCron(THU_14_MAY);
    await runCron("2026-05-14T05:00:00Z");
    expect(await remindersOf(m.id)).toHaveLength(1);
  });

  it("keeps the first overdue day and adds a reminder each later day", async () => {
    const m = await createMatter(t.office, { assigned: "2026-04-20" });
    await runCron(THU_14_MAY);
    await runCron("2026-05-15T01:00:00Z");
    expect((await remindersOf(m.id)).map((r) => [r.on, r.workdaysLeft])).toEqual([
      ["2026-05-14", -6],
      ["2026-05-15", -7],
    ]);
    expect((await matterRow(m.id)).overdueSince).toBe("2026-05-14");
  });

  it("takes today in China time: 17:00 UTC is already the next day", async () => {
    const m = await createMatter(t.office, { assigned: "2026-04-30" });
    await runCron("2026-05-14T17:00:00Z");
    expect((await remindersOf(m.id)).map((r) => r.on)).toEqual(["2026-05-15"]);
  });

  it("shows the overdue day on the matter through the API", async () => {
    const m = await createMatter(t.office, { assigned: "2026-04-20" });
    await runCron(THU_14_MAY);
    const res = await api(`/api/v1/matters/${m.id}`, { token: t.court });
    expect(res.body).toMatchObject({ overdueSince: "2026-05-14", version: 1 });
  });
});

describe("GET /api/v1/reminders", () => {
  it("shows a unit the reminders of the matters it leads or co-handles, and not others'", async () => {
    const mine = await createMatter(t.office, { assigned: "2026-04-21", task: 22, lead: "县税务局", co: [] });
    const other = await createMatter(t.office, { assigned: "2026-04-21" });
    await runCron("2026-05-20T01:00:00Z");
    const res = await api("/api/v1/reminders?on=2026-05-20", { token: t.tax });
    expect(res.status).toBe(200);
    const ids = res.body.reminders.map((r: { matterId: number }) => r.matterId);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(other.id);
  });

  it("shows the office every reminder with the matter's title, lead and deadline", async () => {
    const m = await createMatter(t.office, { title: "催办查询测试", assigned: "2026-04-22" });
    await runCron("2026-05-21T01:00:00Z");
    const res = await api(`/api/v1/reminders?matter=${m.id}`, { token: t.office });
    expect(res.status).toBe(200);
    expect(res.body.reminders).toEqual([
      { id: expect.any(Number), matterId: m.id, title: "催办查询测试", lead: "县法院", on: "2026-05-21", kind: "严重逾期", workdaysLeft: -9, deadline: "2026-05-09", deliveries: [] },
    ]);
  });

  it("shows a co-unit the reminders of matters it co-handles", async () => {
    const m = await createMatter(t.office, { assigned: "2026-04-22" });
    await runCron("2026-05-22T01:00:00Z");
    const res = await api(`/api/v1/reminders?matter=${m.id}`, { token: t.econ });
    expect(res.body.reminders).toHaveLength(1);
  });
});
