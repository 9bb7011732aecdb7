import { reminderNotice } from "../../../domain/reminders/reminder-notice";
import { deliveryAttempts, retryDelaySeconds } from "../../../domain/reminders/retry-delay";
import type { ChannelKind, ReminderKind, ReminderRecipient } from "../../../schema/values";
import { createDb, type Db } from "../../platform/db";
import type { Bindings } from "../../platform/env";
import { channelPayload } from "./channel-payload";
import { sendToChannel } from "./channel-send";
import { deliveryToSend, updateDelivery } from "./delivery-queries";

/** What the daily job puts on the queue: one delivery to make. */
export interface DeliveryMessage {
  deliveryId: number;
}

const isDeliveryMessage = (b: unknown): b is DeliveryMessage =>
  typeof b === "object" && b !== null && Number.isInteger((b as { deliveryId?: unknown }).deliveryId);

const finished = new Set(["已送达", "失败", "已停止"]);

/**
 * Makes one delivery: sends the 催办单 over its channel and records the try. A failed try is
 * retried with backoff (`message.retry({ delaySeconds })`) until the attempts run out, then the
 * delivery is 失败. A delivery already finished, or whose channel the office has since replaced,
 * is not sent again.
 */
async function deliver(db: Db, county: string, firstRetry: number | undefined, message: Message<unknown>): Promise<void> {
  if (!isDeliveryMessage(message.body)) return message.ack();
  const row = await deliveryToSend(db, message.body.deliveryId);
  if (!row || finished.has(row.delivery.status)) return message.ack();
  const now = new Date();
  if (row.channel.removedAt !== null) {
    await updateDelivery(db, row.delivery.id, { status: "已停止", lastError: "该渠道已被办公室更换，不再发送" });
    return message.ack();
  }
  const { reminder, matter } = row;
  const facts = {
    matterId: matter.id,
    title: matter.title,
    lead: row.lead,
    deadline: matter.deadline,
    level: reminder.kind,
    workdaysLeft: reminder.workdaysLeft,
    on: reminder.on,
    to: row.delivery.recipient,
    person: row.delivery.personName,
  };
  const notice = reminderNotice({ ...facts, county, level: reminder.kind as ReminderKind, to: row.delivery.recipient as ReminderRecipient });
  const kind = row.channel.kind as ChannelKind;
  const outcome = await sendToChannel({ kind, url: row.channel.url, secret: row.channel.secret }, channelPayload(kind, notice, facts), now.getTime());
  const attempts = row.delivery.attempts + 1;
  if (outcome.ok) {
    await updateDelivery(db, row.delivery.id, { status: "已送达", attempts, lastAttemptAt: now, deliveredAt: now, nextAttemptAt: null });
    return message.ack();
  }
  if (attempts >= deliveryAttempts) {
    await updateDelivery(db, row.delivery.id, { status: "失败", attempts, lastAttemptAt: now, lastError: outcome.error, nextAttemptAt: null });
    return message.ack();
  }
  const delaySeconds = retryDelaySeconds(attempts, firstRetry);
  const nextAttemptAt = new Date(now.getTime() + delaySeconds * 1000);
  await updateDelivery(db, row.delivery.id, { status: "重试中", attempts, lastAttemptAt: now, lastError: outcome.error, nextAttemptAt });
  message.retry({ delaySeconds });
}

/** The Queues consumer (wrangler.toml `[[queues.consumers]]`): each message one delivery. */
export const queue: ExportedHandlerQueueHandler<Bindings> = async (batch, env) => {
  const db = createDb(env.DB);
  const firstRetry = env.FIRST_RETRY_SECONDS ? Number(env.FIRST_RETRY_SECONDS) : undefined;
  for (const message of batch.messages) await deliver(db, env.COUNTY, firstRetry, message);
};
