import { createMiddleware } from "hono/factory";
import { chinaToday } from "../../../domain/calendar/china-today";
import { isValidIsoDate } from "../../../domain/calendar";
import type { AppEnv } from "../env";

/**
 * Sets `c.var.today`, the ledger's day (China time) for the whole request, once. A `TODAY`
 * binding (YYYY-MM-DD) fixes it instead, so that tests never depend on the real clock; a
 * `TODAY` that is not a real date fails every request rather than run on a wrong day.
 */
export const today = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const fixed = c.env.TODAY;
    if (fixed !== undefined && !isValidIsoDate(fixed)) throw new Error(`TODAY binding is not a YYYY-MM-DD date: ${fixed}`);
    c.set("today", fixed ?? chinaToday(new Date()));
    await next();
  });
