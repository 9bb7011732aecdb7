import { chinaToday } from "../domain/calendar/china-today";
import { createDb } from "./platform/db";
import { runDailyReminders } from "./reminders/daily-reminders";

/**
 * The Cron Trigger handler (wrangler.toml `crons`): "today" is the scheduled time in China, the
 * controller's input, never the clock, so a test picks the day by its `scheduledTime`.
 */
export const scheduled: ExportedHandlerScheduledHandler<Env> = async (controller, env) => {
  const today = chinaToday(new Date(controller.scheduledTime));
  const outcome = await runDailyReminders(createDb(env.DB), today);
  console.log("daily reminders", today, JSON.stringify(outcome));
};
