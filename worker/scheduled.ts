import { chinaToday } from "../domain/calendar/china-today";
import { createDb } from "./platform/db";
import { purgeIdempotencyKeys } from "./platform/idempotency-keys";
import { runDailyReminders } from "./reminders/daily-reminders";

/**
 * The Cron Trigger handler (wrangler.toml `crons`): "today" is the scheduled time in China, the
 * controller's input, never the clock, so a test picks the day by its `scheduledTime`. The same
 * run purges idempotency keys past the 48 hours they are kept. The reminders' deliveries go out
 * through the DELIVERIES queue (worker/reminders/deliveries/delivery-consumer.ts).
 */
export const scheduled: ExportedHandlerScheduledHandler<Env> = async (controller, env) => {
  const today = chinaToday(new Date(controller.scheduledTime));
  const db = createDb(env.DB);
  const outcome = await runDailyReminders(db, today, env.DELIVERIES);
  const purgedKeys = await purgeIdempotencyKeys(db, new Date(controller.scheduledTime));
  console.log("daily reminders", today, JSON.stringify(outcome), "idempotency keys purged", purgedKeys);
};
