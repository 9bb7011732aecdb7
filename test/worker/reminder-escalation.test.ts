import { beforeAll, describe, expect, it } from "vitest";
import { api, tokenFor } from "./helpers";
import { callers, createMatter, ensureCalendar2026 } from "./matters-fixtures";
import { allSettled, box, remindersWhen, runCron } from "./reminder-fixtures";

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

const setChannels = (unit: string, channels: unknown[]) => api(`/api/v1/units/${unit}/channels`, { method: "PUT", token: t.office, json: { channels } });

// 09:00 China time on Thursday 14 May 2026.
const THU_14_MAY = "2026-05-14T01:00:00Z";

describe("严重逾期", { timeout: 30_000 }, () => {
  it("goes to the lead unit's 联络员 and also to the leader in charge", async () => {
    const tax = await box("escalate-tax");
    // The plan's 副召集人 (县法院院长) sits at 县法院: until people carry 分管, leaders are reached there.
    const leaders = await box("escalate-leaders");
    await setChannels("县税务局", [{ kind: "wecom", url: tax.url("wecom", "?key=k") }]);
    await setChannels("县法院", [{ kind: "webhook", url: leaders.url("webhook") }]);
    const severe = await createMatter(t.office, { title: "严重逾期事项", assigned: "2026-04-20", task: 2, lead: "县税务局", co: [] }); // due 7 May
    const late = await createMatter(t.office, { title: "一般逾期事项", assigned: "2026-04-22", task: 2, lead: "县税务局", co: [] }); // due 9 May
    await runCron(THU_14_MAY);

    const [r] = await remindersWhen(t.office, severe.id, allSettled(["已送达"]));
    expect(r.kind).toBe("严重逾期");
    expect(r.deliveries.map((d: any) => [d.recipient, d.unit, d.channel, d.status])).toEqual([
      ["联络员", "县税务局", "wecom", "已送达"],
      ["分管领导", "县法院", "webhook", "已送达"],
    ]);
    const [l] = await remindersWhen(t.office, late.id, allSettled(["已送达"]));
    expect(l.kind).toBe("逾期");
    expect(l.deliveries.map((d: any) => d.recipient)).toEqual(["联络员"]);

    const toLeaders = await leaders.received();
    expect(toLeaders.map((g) => [g.body.matterId, g.body.to, g.body.level])).toEqual([[severe.id, "分管领导", "严重逾期"]]);
    expect(toLeaders[0]!.body.text).toContain("致：分管领导（牵头单位：县税务局）");
    expect(toLeaders[0]!.body.text).toContain("办理时限：已逾期 6 个工作日");
    const toTax = (await tax.received()).map((g) => g.body.markdown.content as string);
    expect(toTax).toHaveLength(2);
    expect(toTax.find((c) => c.includes("严重逾期事项"))).toContain("已报分管领导督办");
  });
});

describe("GET /api/v1/reminders?open=true", () => {
  it("shows a unit its open matters' latest reminders only, not settled matters' nor other units'", async () => {
    const open = await createMatter(t.office, { title: "仍在办理", assigned: "2026-04-30", task: 2, lead: "县林业局", co: [] });
    const settled = await createMatter(t.office, { title: "已经办结", assigned: "2026-04-30", task: 2, lead: "县林业局", co: [] });
    const other = await createMatter(t.office, { assigned: "2026-04-30" });
    await runCron(THU_14_MAY);
    await runCron("2026-05-15T01:00:00Z");
    const forestry = await tokenFor("unit", "县林业局");
    await api(`/api/v1/matters/${settled.id}`, { method: "PATCH", token: forestry, json: { version: 1, settled: "2026-05-15", result: "已办结" } });

    const res = await api("/api/v1/reminders?open=true", { token: forestry });
    expect(res.status).toBe(200);
    expect(res.body.reminders.map((r: any) => [r.matterId, r.on, r.kind])).toEqual([[open.id, "2026-05-15", "临期"]]);
    const office = await api("/api/v1/reminders?open=true", { token: t.office });
    expect(office.body.reminders.map((r: any) => r.matterId)).toEqual(expect.arrayContaining([open.id, other.id]));
    expect(office.body.reminders.map((r: any) => r.matterId)).not.toContain(settled.id);
  });
});
