import { createRoute } from "@hono/zod-openapi";
import { HistorySchema, RestoreSchema } from "../../schema/contracts/history";
import { MatterIdParamSchema, MatterSchema } from "../../schema/contracts/matters";
import { newRouter } from "../platform/router";
import { may } from "../platform/access";
import { historyToWire, logLinesOf } from "../platform/change-history";
import { conflictResponse, errorResponses } from "../platform/openapi-responses";
import { matterFor } from "./matter-access";
import { stateContext, matterToWire } from "./matter-to-wire";
import { restoreMatter } from "./matters-restore";

const json = <T>(schema: T) => ({ content: { "application/json": { schema } } });

/** A matter's history (every change-log line, oldest first) and the office's restore of an earlier version. */
export const matterHistoryRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/history",
      summary: "Every change of a matter in order (who, when, what before and after); 404 to whoever may not see the matter",
      security: [{ bearer: [] }],
      request: { params: MatterIdParamSchema },
      responses: { 200: { description: "the matter's changes, oldest first", ...json(HistorySchema) }, ...errorResponses },
    }),
    async (c) => {
      const m = await matterFor(c.var.db, c.var.caller, "see_matter", c.req.valid("param").id);
      const lines = await logLinesOf(c.var.db, "matters", [String(m.id)]);
      return c.json({ id: m.id, changes: await historyToWire(c.var.db, lines) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/restore",
      summary: "The office restores an open matter's fields as they were right after change `change`, as a new logged change",
      middleware: [may("restore_matter")] as const,
      security: [{ bearer: [] }],
      request: { params: MatterIdParamSchema, body: { required: true, ...json(RestoreSchema) } },
      responses: { 200: { description: "the matter after the restore", ...json(MatterSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const today = c.var.today;
      const m = await restoreMatter(c.var.db, c.var.caller, c.req.valid("param").id, c.req.valid("json"), today);
      return c.json(matterToWire(m, await stateContext(c.var.db, today)), 200);
    },
  );
