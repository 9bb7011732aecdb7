import { beforeAll, describe, expect, it } from "vitest";
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { and, eq } from "drizzle-orm";
import { reminderDeliveries, reminders, unitChannels, units } from "../../schema/tables";
import worker from "../../worker/index";
import { api, db } from "./helpers";
import { callers, createMatter, ensureCalendar2026 } from "./matters-fixtures";
import { box, runCron } from "./reminder-fixtures";

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

/**
 * A delivery row for a reminder the daily job recorded while the unit had no channel, so no
 * queue message exists for it and the test hands the consumer its messages itself.
 */
async function pendingDelivery(lead: string, url: string) {
  const m = await createMatter(t.office, { assigned: "2026-04-30", task: 2, lead, co: [] });
  await runCron("2026-05-14T01:00:00Z");
  const [rem] = await db().select().from(reminders).where(eq(reminders.matterId, m.id));
  const [unit] = await db().select().from(units).where(eq(units.name, lead));
  const [channel] = await db().insert(unitChannels).values({ unitId: unit!.id, kind: "wecom", url, position: 0 }).returning();
  const [d] = await db().insert(reminderDeliveries).values({ reminderId: rem!.id, channelId: channel!.id, recipient: "联络员" }).returning();
  return { matterId: m.id, deliveryId: d!.id, channelId: channel!.id };
}

/** One delivery of the consumer, as the queue would hand it over on its `attempts`-th try. */
async function consume(deliveryId: number, attempts: number) {
  const batch = createMessageBatch("fuyuan-reminder-deliveries", [{ id: `msg-${deliveryId}-${attempts}`, timestamp: new Date(), attempts, body: { deliveryId } }]);
  const ctx = createExecutionContext();
  await worker.queue(batch, env, ctx);
  return getQueueResult(batch, ctx);
}

const row = async (id: number) => (await db().select().from(reminderDeliveries).where(eq(reminderDeliveries.id, id)))[0]!;

describe("the delivery consumer", () => {
  it("retries a failed try with a doubling delay, then acknowledges the successful one", async () => {
    const b = await box("consumer-backoff", { failFirst: 3 });
    const { deliveryId } = await pendingDelivery("县交通运输局", b.url("wecom", "?key=k"));
    const waits = [];
    for (const attempt of [1, 2, 3]) {
      const r = await consume(deliveryId, attempt);
      expect(r.retryMessages).toEqual([{ msgId: `msg-${deliveryId}-${attempt}` }]);
      const d = await row(deliveryId);
      expect(d).toMatchObject({ status: "重试中", attempts: attempt, lastError: "企业微信返回错误 45009：api freq out of limit" });
      waits.push((d.nextAttemptAt!.getTime() - d.lastAttemptAt!.getTime()) / 1000);
    }
    // The tests' first wait is 1 s (FIRST_RETRY_SECONDS); deployed, it is 60 s.
    expect(waits).toEqual([1, 2, 4]);
    const done = await consume(deliveryId, 4);
    expect(done).toMatchObject({ explicitAcks: [`msg-${deliveryId}-4`], retryMessages: [] });
    expect(await row(deliveryId)).toMatchObject({ status: "已送达", attempts: 4, deliveredAt: expect.any(Date), nextAttemptAt: null });
  });

  it("gives up after five failed tries and records the delivery as 失败", async () => {
    const b = await box("consumer-give-up", { failFirst: 99 });
    const { deliveryId, matterId } = await pendingDelivery("县农业农村局", b.url("wecom", "?key=k"));
    for (const attempt of [1, 2, 3, 4]) expect((await consume(deliveryId, attempt)).retryMessages).toHaveLength(1);
    const last = await consume(deliveryId, 5);
    expect(last).toMatchObject({ explicitAcks: [`msg-${deliveryId}-5`], retryMessages: [] });
    const res = await api(`/api/v1/reminders?matter=${matterId}`, { token: t.office });
    expect(res.body.reminders[0].deliveries).toEqual([expect.objectContaining({ status: "失败", attempts: 5, lastError: "企业微信返回错误 45009：api freq out of limit" })]);
    expect(await b.received()).toHaveLength(5);
  });

  it("does not send a delivered reminder again when its message comes twice", async () => {
    const b = await box("consumer-twice");
    const { deliveryId } = await pendingDelivery("县市场监管局", b.url("wecom", "?key=k"));
    await consume(deliveryId, 1);
    const again = await consume(deliveryId, 1);
    expect(again.explicitAcks).toHaveLength(1);
    expect(await b.received()).toHaveLength(1);
    expect((await row(deliveryId)).attempts).toBe(1);
  });

  it("stops a delivery whose channel the office has since replaced", async () => {
    const b = await box("consumer-replaced");
    const { deliveryId } = await pendingDelivery("县信访局", b.url("wecom", "?key=k"));
    await api(`/api/v1/units/县信访局/channels`, { method: "PUT", token: t.office, json: { channels: [] } });
    await consume(deliveryId, 1);
    expect(await row(deliveryId)).toMatchObject({ status: "已停止", attempts: 0, lastError: "该渠道已被办公室更换，不再发送" });
    expect(await b.received()).toEqual([]);
  });

  it("acknowledges a message that names no delivery", async () => {
    const batch = createMessageBatch("fuyuan-reminder-deliveries", [{ id: "junk", timestamp: new Date(), attempts: 1, body: { hello: 1 } }]);
    const ctx = createExecutionContext();
    await worker.queue(batch, env, ctx);
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(["junk"]);
    expect(await db().select().from(reminderDeliveries).where(and(eq(reminderDeliveries.status, "已送达"), eq(reminderDeliveries.attempts, 99)))).toEqual([]);
  });
});
