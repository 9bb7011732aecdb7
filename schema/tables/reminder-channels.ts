import { integer, sqliteTable, text, index, uniqueIndex } from "drizzle-orm/sqlite-core";
import { units } from "./units";
import { reminders } from "./matters";
import { createdAt } from "./columns";

/**
 * Where a unit's reminders are sent (企业微信 / 钉钉 robots, plain webhooks), set by the office.
 * A new set replaces the old one by marking it removed, so deliveries keep pointing at the
 * channel they went to.
 */
export const unitChannels = sqliteTable(
  "unit_channels",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    unitId: integer("unit_id").notNull().references(() => units.id),
    /** wecom | dingtalk | webhook */
    kind: text("kind").notNull(),
    url: text("url").notNull(),
    /** 钉钉's signing secret (加签); never answered in a read. */
    secret: text("secret"),
    position: integer("position").notNull(),
    createdAt: createdAt(),
    removedAt: integer("removed_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("unit_channels_unit_idx").on(t.unitId)],
);

/** One reminder sent over one channel to one recipient: how it went, retries included. */
export const reminderDeliveries = sqliteTable(
  "reminder_deliveries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reminderId: integer("reminder_id").notNull().references(() => reminders.id),
    channelId: integer("channel_id").notNull().references(() => unitChannels.id),
    /** 联络员 | 分管领导 */
    recipient: text("recipient").notNull(),
    /** 待发送 | 重试中 | 已送达 | 失败 | 已停止 */
    status: text("status").notNull().default("待发送"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    /** When the daily job handed it to the queue; a run finds the ones not yet queued. */
    queuedAt: integer("queued_at", { mode: "timestamp_ms" }),
    lastAttemptAt: integer("last_attempt_at", { mode: "timestamp_ms" }),
    /** When a failed delivery is tried again (the backoff it was queued with). */
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }),
    deliveredAt: integer("delivered_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("reminder_deliveries_once_uq").on(t.reminderId, t.channelId, t.recipient),
    index("reminder_deliveries_reminder_idx").on(t.reminderId),
  ],
);

export type UnitChannel = typeof unitChannels.$inferSelect;
export type ReminderDelivery = typeof reminderDeliveries.$inferSelect;
