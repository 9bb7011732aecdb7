import { createRoute, z } from "@hono/zod-openapi";
import {
  SettingHistorySchema,
  SettingInputSchema,
  SettingKeyParamSchema,
  SettingListSchema,
  SettingSchema,
  settingKeys,
  settingSchemas,
  type SettingKey,
  type SettingValue,
} from "../../schema/contracts/settings";
import { newRouter } from "../platform/router";
import { may } from "../platform/access";
import { actorOf } from "../platform/env";
import { notFound, unprocessable } from "../platform/errors";
import { issuesToDetails } from "../platform/zod-issues";
import { runBatch } from "../platform/batch";
import { settingDefaults, settingDescriptions } from "../platform/settings";
import { historyToWire, logLinesOf } from "../platform/change-history";
import { errorResponses } from "../platform/openapi-responses";
import type { Db } from "../platform/db";
import { checkSetting } from "./setting-checks";
import { putSettingWrites, storedSettings } from "./settings-queries";

const json = <T>(schema: T) => ({ content: { "application/json": { schema } } });

const knownKey = (key: string): SettingKey => {
  if (!(settingKeys as string[]).includes(key)) throw notFound(`没有设置项“${key}”，可设置的有：${settingKeys.join("、")}`);
  return key as SettingKey;
};

/** One setting as the list shows it: its value (the default when never set) and when it changed. */
function settingToWire(key: SettingKey, row: { value: unknown; updatedAt: Date } | undefined) {
  return {
    key,
    value: row ? row.value : settingDefaults[key],
    default: settingDefaults[key],
    set: row !== undefined,
    updatedAt: row ? row.updatedAt.getTime() : null,
    description: settingDescriptions[key],
  };
}

async function readOne(db: Db, key: SettingKey) {
  return settingToWire(key, (await storedSettings(db)).get(key));
}

/** The office's settings: everyone reads them; the office changes one at a time, each change logged. */
export const settingsRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "Every setting with its value, default and when it last changed",
      security: [{ bearer: [] }],
      responses: { 200: { description: "settings", ...json(SettingListSchema) }, ...errorResponses },
    }),
    async (c) => {
      const stored = await storedSettings(c.var.db);
      return c.json({ settings: settingKeys.map((key) => settingToWire(key, stored.get(key))) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/{key}",
      summary: "Set one setting (office); the value is checked by the key's own schema and the change is logged",
      middleware: [may("edit_settings")] as const,
      security: [{ bearer: [] }],
      request: { params: SettingKeyParamSchema, body: { required: true, ...json(SettingInputSchema) } },
      responses: { 200: { description: "the setting as stored", ...json(SettingSchema) }, ...errorResponses },
    }),
    async (c) => {
      const key = knownKey(c.req.valid("param").key);
      // Parsed under `value`, so a list item's issue names its row and `value.<field>`.
      const parsed = z.object({ value: settingSchemas[key] }).safeParse(c.req.valid("json"));
      if (!parsed.success) throw unprocessable(`设置项“${key}”的值有误，未保存`, issuesToDetails(parsed.error));
      const db = c.var.db;
      const { value, problems } = await checkSetting(db, key, parsed.data.value as SettingValue<typeof key>);
      if (problems.length > 0) throw unprocessable(`设置项“${key}”的值有误，未保存`, problems);
      const before = (await readOne(db, key)).value;
      await runBatch(db, putSettingWrites(db, key, before, value, actorOf(c.var.caller)));
      return c.json(await readOne(db, key), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{key}/history",
      summary: "Every change of one setting, oldest first, with who made it and the value before and after",
      middleware: [may("see_settings_history")] as const,
      security: [{ bearer: [] }],
      request: { params: SettingKeyParamSchema },
      responses: { 200: { description: "history", ...json(SettingHistorySchema) }, ...errorResponses },
    }),
    async (c) => {
      const key = knownKey(c.req.valid("param").key);
      const lines = await logLinesOf(c.var.db, "settings", [key]);
      return c.json({ key, changes: await historyToWire(c.var.db, lines) }, 200);
    },
  );
