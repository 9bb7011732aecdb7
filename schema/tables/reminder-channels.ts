import { integer, sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import { units } from "./units";
import { people } from "./people";
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
    /** The person it is addressed to (the unit's current 联络员, a leader in charge); null when the unit has none. */
    personId: integer("person_id").references(() => people.id),
    /** The person's name as it stood when the reminder was recorded (null while the office has not filled it in). */
    personName: text("person_name"),
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
    // Once per reminder, channel, recipient and person: the unique index
    // `reminder_deliveries_once_uq` on (reminder_id, channel_id, recipient, coalesce(person_id, 0))
    // is an expression index drizzle-kit cannot write, so it lives in its own custom migration.
    index("reminder_deliveries_reminder_idx").on(t.reminderId),
  ],
);

export type UnitChannel = typeof unitChannels.$inferSelect;
export type ReminderDelivery = typeof reminderDeliveries.$inferSelect;
