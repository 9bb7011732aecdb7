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

const person = (o: Record<string, unknown>) => api("/api/v1/people", { method: "POST", token: t.office, json: o });
const seat = async (unit: string, post: string) => (await api(`/api/v1/people?unit=${unit}&post=${post}`, { token: t.office })).body.people[0];
const patchPerson = (p: { id: number; version: number }, json: Record<string, unknown>) =>
  api(`/api/v1/people/${p.id}`, { method: "PATCH", token: t.office, json: { version: p.version, ...json } });
const addressed = (r: any) => r.deliveries.map((d: any) => [d.recipient, d.person?.name ?? null, d.unit, d.channel, d.status]);

describe("严重逾期", { timeout: 30_000 }, () => {
  it("goes to the lead unit's 联络员 and to the leader whose 分管 names the unit, by name", async () => {
    const tax = await box("escalate-tax");
    const leaders = await box("escalate-leaders");
    await setChannels("县税务局", [{ kind: "wecom", url: tax.url("wecom", "?key=k") }]);
    await setChannels("县法院", [{ kind: "webhook", url: leaders.url("webhook") }]);
    // The plan's 副召集人 (县法院院长) sits at 县法院 and is in charge of 县税务局; the other leaders are not.
    const president = (await api("/api/v1/people?post=副召集人", { token: t.office })).body.people.find((p: any) => p.unit === "县法院");
    expect((await patchPerson(president, { name: "孙院长", charge: ["县税务局"] })).status).toBe(200);
    const liaison = await seat("县税务局", "联络员");
    expect((await patchPerson(liaison, { name: "钱联络" })).status).toBe(200);
    const severe = await createMatter(t.office, { title: "严重逾期事项", assigned: "2026-04-20", task: 2, lead: "县税务局", co: [] }); // due 7 May
    const late = await createMatter(t.office, { title: "一般逾期事项", assigned: "2026-04-22", task: 2, lead: "县税务局", co: [] }); // due 9 May
    await runCron(THU_14_MAY);

    const [r] = await remindersWhen(t.office, severe.id, allSettled(["已送达"]));
    expect(r.kind).toBe("严重逾期");
    expect(addressed(r)).toEqual([
      ["联络员", "钱联络", "县税务局", "wecom", "已送达"],
      ["分管领导", "孙院长", "县法院", "webhook", "已送达"],
    ]);
    expect(r.deliveries.map((d: any) => d.person.id)).toEqual([liaison.id, president.id]);
    const [l] = await remindersWhen(t.office, late.id, allSettled(["已送达"]));
    expect(l.kind).toBe("逾期");
    expect(addressed(l)).toEqual([["联络员", "钱联络", "县税务局", "wecom", "已送达"]]);

    const toLeaders = await leaders.received();
    expect(toLeaders.map((g) => [g.body.matterId, g.body.to, g.body.person, g.body.level])).toEqual([[severe.id, "分管领导", "孙院长", "严重逾期"]]);
    expect(toLeaders[0]!.body.text).toContain("致：分管领导 孙院长（牵头单位：县税务局）");
    expect(toLeaders[0]!.body.text).toContain("办理时限：已逾期 6 个工作日");
    const toTax = (await tax.received()).map((g) => g.body.markdown.content as string);
    expect(toTax).toHaveLength(2);
    expect(toTax.every((c) => c.includes("致：县税务局联络员 钱联络"))).toBe(true);
    expect(toTax.find((c) => c.includes("严重逾期事项"))).toContain("已报分管领导督办");
  });

  it("reaches no leader whose 分管 does not name the unit, and a leader of no unit through the office", async () => {
    const water = await box("escalate-housing");
    const office = await box("escalate-office");
    await setChannels("县住建局", [{ kind: "webhook", url: water.url("webhook") }]);
    await setChannels("县司法局", [{ kind: "webhook", url: office.url("webhook") }]);
    const mayor = await person({ name: "周县长", post: "副召集人", charge: ["县住建局"] });
    expect(mayor.status).toBe(201);
    await person({ name: "吴无关", post: "副召集人", charge: ["县教育局"] });
    const severe = await createMatter(t.office, { title: "住建严重逾期", assigned: "2026-04-20", task: 2, lead: "县住建局", co: [] });
    await runCron(THU_14_MAY);
    const [r] = await remindersWhen(t.office, severe.id, allSettled(["已送达"]));
    // He sits in no unit: the office's units carry it (县法院 and 县司法局 staff the office).
    const toLeader = r.deliveries.filter((d: any) => d.recipient === "分管领导");
    expect(toLeader.map((d: any) => d.person.name)).toEqual(expect.arrayContaining(["周县长"]));
    expect(toLeader.map((d: any) => d.person.name)).not.toContain("吴无关");
    expect(toLeader.map((d: any) => d.unit)).toContain("县司法局");
    expect((await office.received()).map((g) => g.body.person)).toEqual(["周县长"]);
  });

  it("reaches a leader whose 分管 names the matter's task domain, whatever unit leads it, and not on a task of another domain", async () => {
    const rx = await box("escalate-domain");
    await setChannels("县市场监管局", [{ kind: "webhook", url: rx.url("webhook") }]);
    // 冯县长 answers for 破产办理 (the plan's domain of tasks 13–25), not for a unit.
    expect((await person({ name: "冯县长", post: "副召集人", charge: ["破产办理"] })).status).toBe(201);
    const bankruptcy = await createMatter(t.office, { title: "破产领域严重逾期", assigned: "2026-04-20", task: 15, lead: "县市场监管局", co: [] });
    const litigation = await createMatter(t.office, { title: "诉源治理严重逾期", assigned: "2026-04-20", task: 2, lead: "县市场监管局", co: [] });
    await runCron(THU_14_MAY);
    const leadersOf = async (id: number) => {
      const [r] = await remindersWhen(t.office, id, allSettled(["已送达"]));
      expect(r.kind).toBe("严重逾期");
      return r.deliveries.filter((d: any) => d.recipient === "分管领导").map((d: any) => d.person.name);
    };
    expect(await leadersOf(bankruptcy.id)).toContain("冯县长");
    expect(await leadersOf(litigation.id)).not.toContain("冯县长");
  });
});

describe("the daily run reads the 联络员 of the day", { timeout: 30_000 }, () => {
  it("sends the next day's reminder to the new 联络员 once the office has changed him", async () => {
    const rx = await box("liaison-change");
    await setChannels("县民政局", [{ kind: "webhook", url: rx.url("webhook") }]);
    const old = await seat("县民政局", "联络员");
    const named = await patchPerson(old, { name: "郑旧" });
    const m = await createMatter(t.office, { title: "换人后的催办", assigned: "2026-04-30", task: 2, lead: "县民政局", co: [] });
    await runCron(THU_14_MAY);
    await remindersWhen(t.office, m.id, allSettled(["已送达"]));

    expect((await patchPerson(named.body, { current: false })).status).toBe(200);
    const successor = await person({ name: "王新", unit: "县民政局", post: "联络员" });
    expect(successor.status).toBe(201);
    await runCron("2026-05-15T01:00:00Z");
    const rs = await remindersWhen(t.office, m.id, (all) => all.length === 2 && allSettled(["已送达"])(all));
    expect(rs.map((r) => [r.on, ...addressed(r).map((a: any[]) => a.slice(0, 2))])).toEqual([
      ["2026-05-15", ["联络员", "王新"]],
      ["2026-05-14", ["联络员", "郑旧"]],
    ]);
    expect((await rx.received()).map((g) => [g.body.on, g.body.person])).toEqual([
      ["2026-05-14", "郑旧"],
      ["2026-05-15", "王新"],
    ]);
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
