import { createMiddleware } from "hono/factory";
import { createDb } from "../db";
import type { AppEnv } from "../env";

/** One drizzle handle per request over the county's D1 binding. */
export const database = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    c.set("db", createDb(c.env.DB));
    await next();
  });
