import { createRoute } from "@hono/zod-openapi";
import { changeLog, settings } from "../../schema/tables";
import { SignOffSchema } from "../../schema/contracts/drafts";
import { newRouter } from "../platform/router";
import { may } from "../platform/access";
import { actorOf } from "../platform/env";
import { runBatch } from "../platform/batch";
import { readSetting } from "../platform/settings";
import { errorResponses } from "../platform/openapi-responses";

const json = <T>(schema: T) => ({ content: { "application/json": { schema } } });

/** Whether sign-off (签批) is on for this deployment; the office switches it. */
export const signOffRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "Whether sign-off is on (执行员 draft, the 联络员 submits)",
      security: [{ bearer: [] }],
      responses: { 200: { description: "the setting", ...json(SignOffSchema) }, ...errorResponses },
    }),
    async (c) => c.json({ enabled: await readSetting(c.var.db, "signOff") }, 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/",
      summary: "Switch sign-off on or off (office); when off, 执行员 submit directly",
      middleware: [may("edit_sign_off")] as const,
      security: [{ bearer: [] }],
      request: { body: { required: true, ...json(SignOffSchema) } },
      responses: { 200: { description: "the setting as stored", ...json(SignOffSchema) }, ...errorResponses },
    }),
    async (c) => {
      const { enabled } = c.req.valid("json");
      const before = await readSetting(c.var.db, "signOff");
      const db = c.var.db;
      await runBatch(db, [
        db.insert(settings).values({ key: "signOff", value: enabled }).onConflictDoUpdate({ target: settings.key, set: { value: enabled, updatedAt: new Date() } }),
        db.insert(changeLog).values({ actor: actorOf(c.var.caller), entity: "settings", entityId: "signOff", action: "update", before, after: enabled }),
      ]);
      return c.json({ enabled }, 200);
    },
  );
