import { createRoute, type z } from "@hono/zod-openapi";
import type { TypedResponse } from "hono";
import {
  MatterCreatedSchema,
  MatterIdParamSchema,
  MatterInputSchema,
  MatterListSchema,
  MatterPatchSchema,
  MatterQuerySchema,
  MatterSchema,
} from "../../schema/contracts/matters";
import { newRouter } from "../platform/router";
import { may } from "../platform/access";
import { listedUnit } from "../platform/unit-filter";
import { listMatters } from "./matters-queries";
import { keptBodyPerIsolate } from "../platform/cache-versions";
import type { Db } from "../platform/db";
import { matterFor } from "./matter-access";
import { conflictResponse, errorResponses } from "../platform/openapi-responses";
import { createMatter, refuseBareTaskforceSource } from "./matters-create";
import { patchMatter } from "./matters-update";
import { decodeCursor, encodeCursor, stateContext, matterToWire } from "./matter-to-wire";
import { matterExtensionsRoute } from "./matters-extensions";
import { matterHistoryRoute } from "./matters-history";
import { matterLifecycleRoute } from "./matters-lifecycle-route";

const json = <T>(schema: T) => ({ content: { "application/json": { schema } } });

type MatterList = z.infer<typeof MatterListSchema>;
type MatterQuery = z.infer<typeof MatterQuerySchema>;

/** One page of the matters a view shows (all when there is no limit), with the cursor of the next. */
async function matterPage(db: Db, today: string, unitId: number | undefined, q: MatterQuery): Promise<MatterList> {
  const after = q.cursor !== undefined ? decodeCursor(q.cursor) : undefined;
  // The matters and what their states depend on (the calendar, the due-soon setting) at once.
  const [rows, ctx] = await Promise.all([
    listMatters(db, { unitId, status: q.status, task: q.task, source: q.source, from: q.from, to: q.to, after, limit: q.limit !== undefined ? q.limit + 1 : undefined }),
    stateContext(db, today),
  ]);
  const page = q.limit !== undefined ? rows.slice(0, q.limit) : rows;
  const last = page[page.length - 1];
  const nextCursor = q.limit !== undefined && rows.length > q.limit && last ? encodeCursor(last) : null;
  return { matters: page.map((m) => matterToWire(m, ctx)), nextCursor };
}

export const mattersRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "Matters the caller may see, newest first (a unit: those it leads or co-handles)",
      security: [{ bearer: [] }],
      request: { query: MatterQuerySchema },
      responses: { 200: { description: "matters", ...json(MatterListSchema) }, ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const unitId = await listedUnit(c.var.db, c.var.caller, "see_matter", q.unit);
      const build = async () => JSON.stringify(await matterPage(c.var.db, c.var.today, unitId, q));
      // A page (at most 500 matters) is kept per isolate as its UTF-8 bytes under the versions of the matters
      // and of what their states and names come from, for this day and this view (the unit whose
      // matters these are, the query): clerks refreshing the same page are answered without a query,
      // and any write is in the next answer. A whole pull (no limit) is built every time.
      const view = () => JSON.stringify([c.var.today, unitId ?? null, q.status, q.task, q.source, q.from, q.to, q.cursor, q.limit]);
      const body = q.limit === undefined ? await build() : await keptBodyPerIsolate(c.var.db, `GET /matters ${view()}`, ["matters", "directory", "calendar", "settings"], build);
      // The body is JSON.stringify of a MatterList (matterPage), so the route's typed answer holds.
      return c.body(body, 200, { "Content-Type": "application/json" }) as unknown as TypedResponse<MatterList, 200, "json">;
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      summary: "One matter (404 to a unit that is neither its lead nor a co-unit)",
      security: [{ bearer: [] }],
      request: { params: MatterIdParamSchema },
      responses: { 200: { description: "the matter", ...json(MatterSchema) }, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const m = await matterFor(c.var.db, c.var.caller, "see_matter", id);
      return c.json(matterToWire(m, await stateContext(c.var.db, c.var.today)), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      summary:
        "The office hands a matter to a lead unit (and co-units); the deadline is computed. Source 专班 is refused (422 on source): such a matter is handed out under its task force, POST /api/v1/taskforces/{id}/matters",
      middleware: [may("create_matter")] as const,
      security: [{ bearer: [] }],
      request: { body: { required: true, ...json(MatterInputSchema) } },
      responses: { 201: { description: "the matter as stored, with names resolved from aliases", ...json(MatterCreatedSchema) }, ...errorResponses },
    }),
    async (c) => {
      const input = c.req.valid("json");
      refuseBareTaskforceSource(input.source);
      const { record, resolved } = await createMatter(c.var.db, c.var.caller, input);
      return c.json({ ...matterToWire(record, await stateContext(c.var.db, c.var.today)), resolved }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
      summary:
        "Settle (lead unit: waits for review; office: closes), add a contribution note (co-unit), or correct the matter (office: title, task, source, sourceRef, lead, co, days, with a reason), from a version",
      middleware: [may("settle_matter", "contribute_to_matter", "correct_matter")] as const,
      security: [{ bearer: [] }],
      request: { params: MatterIdParamSchema, body: { required: true, ...json(MatterPatchSchema) } },
      responses: { 200: { description: "the matter after the change", ...json(MatterSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const today = c.var.today;
      const m = await patchMatter(c.var.db, c.var.caller, c.req.valid("param").id, c.req.valid("json"), today);
      return c.json(matterToWire(m, await stateContext(c.var.db, today)), 200);
    },
  )
  .route("/", matterExtensionsRoute)
  .route("/", matterHistoryRoute)
  .route("/", matterLifecycleRoute);
