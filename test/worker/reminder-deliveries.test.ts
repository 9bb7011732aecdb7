import { beforeAll, describe, expect, it } from "vitest";
import { api } from "./helpers";
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

// Deliveries go through the real queue (batches of up to a second) to the real local receiver.
const slow = { timeout: 30_000 };

describe("a reminder reaching the lead unit's channels", slow, () => {
  it("sends the 催办单 to 企业微信, 钉钉 and a webhook (both signed), and records each delivery", async () => {
    const b = await box("tax-all", { secret: "SEC-dingtalk-1" });
    expect((await setChannels("县税务局", [
      { kind: "wecom", url: b.url("wecom", "?key=wecom-key") },
      { kind: "dingtalk", url: b.url("dingtalk", "?access_token=ding-token"), secret: "SEC-dingtalk-1" },
      { kind: "webhook", url: b.url("webhook"), secret: "SEC-dingtalk-1" },
    ])).status).toBe(200);
    const m = await createMatter(t.office, { title: "税费争议化解", assigned: "2026-04-30", task: 2, lead: "县税务局", co: [] }); // due Monday 18 May
    await runCron(THU_14_MAY);

    const [r] = await remindersWhen(t.office, m.id, allSettled(["已送达"]));
    expect(r).toMatchObject({ kind: "临期", workdaysLeft: 2, on: "2026-05-14" });
    // The plan's seat of the unit's 联络员, not yet named by the office.
    const [seat] = (await api("/api/v1/people?unit=县税务局&post=联络员", { token: t.office })).body.people;
    const liaison = { id: seat.id, name: null };
    expect(r.deliveries).toEqual([
      { recipient: "联络员", person: liaison, unit: "县税务局", channel: "wecom", url: expect.stringMatching(/wecom\/tax-all\?key=\*\*\*$/), status: "已送达", attempts: 1, lastError: null, nextAttemptAt: null, deliveredAt: expect.any(String) },
      { recipient: "联络员", person: liaison, unit: "县税务局", channel: "dingtalk", url: expect.stringMatching(/access_token=\*\*\*$/), status: "已送达", attempts: 1, lastError: null, nextAttemptAt: null, deliveredAt: expect.any(String) },
      { recipient: "联络员", person: liaison, unit: "县税务局", channel: "webhook", url: expect.stringMatching(/webhook\/tax-all$/), status: "已送达", attempts: 1, lastError: null, nextAttemptAt: null, deliveredAt: expect.any(String) },
    ]);

    const got = await b.received();
    expect(got.map((g) => [g.kind, g.accepted])).toEqual(expect.arrayContaining([["wecom", true], ["dingtalk", true], ["webhook", true]]));
    expect(got).toHaveLength(3);
    const wecom = got.find((g) => g.kind === "wecom")!;
    expect(wecom.body.msgtype).toBe("markdown");
    expect(wecom.body.markdown.content).toContain("【临期】催办单：税费争议化解");
    expect(wecom.body.markdown.content).toContain("致：县税务局联络员");
    expect(wecom.body.markdown.content).toContain("办理期限：2026-05-18");
    expect(wecom.body.markdown.content).toContain("距期限还有 2 个工作日");
    expect(wecom.body.markdown.content).toContain("答复：请向金寨县府院联动机制办公室反馈办理情况");
    const ding = got.find((g) => g.kind === "dingtalk")!;
    expect(ding.query).toMatchObject({ access_token: "ding-token", timestamp: expect.stringMatching(/^\d{13}$/), sign: expect.any(String) });
    expect(ding.body.markdown.title).toBe("【临期】催办单：税费争议化解");
    const hook = got.find((g) => g.kind === "webhook")!;
    expect(hook.body).toMatchObject({ event: "催办", matterId: m.id, level: "临期", workdaysLeft: 2, deadline: "2026-05-18", lead: "县税务局", to: "联络员" });
    expect(hook.body.text).toContain("距期限还有 2 个工作日");
  });

  it("delivers a reminder once per day and level: a second run that day sends nothing again", async () => {
    const b = await box("econ-once");
    await setChannels("县科商经信局", [{ kind: "wecom", url: b.url("wecom", "?key=k") }]);
    const m = await createMatter(t.office, { assigned: "2026-04-30", task: 2, lead: "县科商经信局", co: [] });
    await runCron(THU_14_MAY);
    await remindersWhen(t.office, m.id, allSettled(["已送达"]));
    await runCron("2026-05-14T05:00:00Z");
    await new Promise((r) => setTimeout(r, 2500)); // past the queue's batch timeout
    const rs = await remindersWhen(t.office, m.id, allSettled(["已送达"]));
    expect(rs).toHaveLength(1);
    expect(rs[0].deliveries).toHaveLength(1);
    expect((await b.received()).filter((g) => g.body.markdown.content.includes(`编号 ${m.id}）`))).toHaveLength(1);
  });

  it("delivers again the next day, at that day's level", async () => {
    const b = await box("finance-days");
    await setChannels("县财政局", [{ kind: "webhook", url: b.url("webhook") }]);
    const m = await createMatter(t.office, { assigned: "2026-04-30", task: 2, lead: "县财政局", co: [] });
    await runCron(THU_14_MAY);
    await remindersWhen(t.office, m.id, allSettled(["已送达"]));
    await runCron("2026-05-19T01:00:00Z"); // a day past the deadline
    const rs = await remindersWhen(t.office, m.id, (x) => x.length === 2 && allSettled(["已送达"])(x));
    expect(rs.map((r) => [r.on, r.kind])).toEqual([["2026-05-19", "逾期"], ["2026-05-14", "临期"]]);
    expect((await b.received()).map((g) => [g.body.on, g.body.level])).toEqual([["2026-05-14", "临期"], ["2026-05-19", "逾期"]]);
  });

  it("records a reminder with no delivery when the unit has no channel", async () => {
    const m = await createMatter(t.office, { assigned: "2026-04-30", task: 2, lead: "县民政局", co: [] });
    await runCron(THU_14_MAY);
    const res = await api(`/api/v1/reminders?matter=${m.id}`, { token: t.office });
    expect(res.body.reminders).toEqual([expect.objectContaining({ kind: "临期", deliveries: [] })]);
  });
});

describe("a failed delivery", slow, () => {
  it("is retried with backoff through the queue and recorded with its attempts and last error", async () => {
    const b = await box("court-flaky", { failFirst: 1 });
    await setChannels("县人社局", [{ kind: "wecom", url: b.url("wecom", "?key=k") }]);
    const m = await createMatter(t.office, { assigned: "2026-04-30", task: 2, lead: "县人社局", co: [] });
    await runCron(THU_14_MAY);
    const [r] = await remindersWhen(t.office, m.id, allSettled(["已送达"]));
    expect(r.deliveries).toEqual([
      expect.objectContaining({ status: "已送达", attempts: 2, lastError: "企业微信返回错误 45009：api freq out of limit" }),
    ]);
    expect((await b.received()).map((g) => [g.accepted, g.answer.errcode])).toEqual([[false, 45009], [true, 0]]);
  });

  it("counts a 钉钉 sign the robot refuses as a failure, naming the robot's error", async () => {
    const b = await box("ding-wrong-secret", { secret: "the-real-secret" });
    await setChannels("县住建局", [{ kind: "dingtalk", url: b.url("dingtalk", "?access_token=t"), secret: "a-wrong-secret" }]);
    const m = await createMatter(t.office, { assigned: "2026-04-30", task: 2, lead: "县住建局", co: [] });
    await runCron(THU_14_MAY);
    const [r] = await remindersWhen(t.office, m.id, (x) => x[0]?.deliveries[0]?.attempts >= 1);
    expect(r.deliveries[0]).toMatchObject({ status: "重试中", lastError: "钉钉返回错误 310000：sign not match" });
  });
});
