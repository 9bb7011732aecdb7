import { createRoute } from "@hono/zod-openapi";
import { and, eq, inArray } from "drizzle-orm";
import { matterExtensions, matterReviews } from "../../schema/tables";
import { LifecycleInputSchema, MatterIdParamSchema, MatterSchema, ReviewInputSchema } from "../../schema/contracts/matters";
import { reviewSettlement } from "../../domain/matters/review-settlement";
import { lifecycleRefusal, type LifecycleStep } from "../../domain/matters/lifecycle-refusal";
import { newRouter } from "../platform/router";
import { actorOf } from "../platform/env";
import type { Db } from "../platform/db";
import { conflict, detail, unprocessable } from "../platform/errors";
import { may } from "../platform/access";
import { conflictResponse, errorResponses } from "../platform/openapi-responses";
import { findMatter } from "./matters-queries";
import { matterForChange } from "./matters-update";
import { stateContext, matterToWire } from "./matter-to-wire";
import { runMatterChange, versionedChange } from "./matters-write";

const json = <T>(schema: T) => ({ content: { "application/json": { schema } } });

/** What each lifecycle step of the office sets on the matter, and how the log names it. */
const steps = {
  reopen: { action: "reopen_matter", log: "reopen", set: { status: "办理中", settled: null, result: null, onTime: null } },
  cancel: { action: "cancel_matter", log: "cancel", set: { status: "已撤销" } },
} as const satisfies Record<Exclude<LifecycleStep, "correct">, { action: string; log: string; set: object }>;

/** What a cancelled matter's extension requests still pending (待审批) read afterwards. */
export const CANCELLED_NOTE = "事项已撤销";

/**
 * Cancelling a matter closes its pending extension requests: each is refused (已驳回) with the note
 * "事项已撤销", in the same batch, and the cancel's log line names them before and after.
 * Reopening closes nothing.
 */
function closedExtensions(step: keyof typeof steps, extensions: readonly { id: number; status: string }[]) {
  const pending = step === "cancel" ? extensions.filter((e) => e.status === "待审批").map((e) => e.id) : [];
  if (pending.length === 0) return { writes: () => [], before: {}, after: {} };
  const set = { status: "已驳回", decisionNote: CANCELLED_NOTE };
  return {
    writes: (db: Db) => [
      db
        .update(matterExtensions)
        .set({ ...set, decidedAt: new Date() })
        .where(and(inArray(matterExtensions.id, pending), eq(matterExtensions.status, "待审批"))),
    ],
    before: { extensions: pending.map((extension) => ({ extension, status: "待审批" })) },
    after: { extensions: pending.map((extension) => ({ extension, ...set })) },
  };
}

/** A route for reopening (重新打开) or cancelling (撤销) a matter: the office, a version and a reason. */
function lifecycleStepRoute(step: keyof typeof steps, summary: string) {
  const { action, log, set } = steps[step];
  return newRouter().openapi(
    createRoute({
      method: "post",
      path: `/{id}/${step}`,
      summary,
      middleware: [may(action)] as const,
      security: [{ bearer: [] }],
      request: { params: MatterIdParamSchema, body: { required: true, ...json(LifecycleInputSchema) } },
      responses: { 200: { description: "the matter after the change", ...json(MatterSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { db, caller, today } = c.var;
      const body = c.req.valid("json");
      const { m, checkVersion } = await matterForChange(db, caller, action, c.req.valid("param").id, body.version, today);
      await checkVersion();
      const refusal = lifecycleRefusal(step, m.status);
      if (refusal) {
        throw conflict(refusal.message, { current: matterToWire(m, await stateContext(db, today)) }, [detail(null, "status", refusal.code, refusal.message)]);
      }
      const closed = closedExtensions(step, m.extensions);
      await runMatterChange(db, m.id, m.version, [
        ...closed.writes(db),
        ...versionedChange(db, m.id, m.version, set, {
          actor: actorOf(caller),
          action: log,
          before: { status: m.status, settled: m.settled, result: m.result, onTime: m.onTime, ...closed.before, version: m.version },
          after: { ...set, reason: body.reason, ...closed.after, version: m.version + 1 },
        }),
      ], today);
      return c.json(matterToWire((await findMatter(db, m.id))!, await stateContext(db, today)), 200);
    },
  );
}

/** 审核, 重新打开, 撤销: the office's steps in a matter's course after it was handed out. */
export const matterLifecycleRoute = newRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/review",
      summary: "The office reviews a settlement waiting for it: 通过 closes the matter, 退回 (with a reason) sends it back to 办理中",
      middleware: [may("review_matter")] as const,
      security: [{ bearer: [] }],
      request: { params: MatterIdParamSchema, body: { required: true, ...json(ReviewInputSchema) } },
      responses: { 200: { description: "the matter after the review", ...json(MatterSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { db, caller, today } = c.var;
      const body = c.req.valid("json");
      const { m, checkVersion } = await matterForChange(db, caller, "review_matter", c.req.valid("param").id, body.version, today);
      await checkVersion();
      const outcome = reviewSettlement(m, body.decision, body.note);
      if (!outcome.ok) {
        const { status, column, code, message } = outcome.refusal;
        if (status === 422) throw unprocessable(message, [detail(null, column, code, message)]);
        throw conflict(message, { current: matterToWire(m, await stateContext(db, today)) }, [detail(null, column, code, message)]);
      }
      const { matter: set, review } = outcome.change;
      const actor = actorOf(caller);
      await runMatterChange(db, m.id, m.version, [
        db.insert(matterReviews).values({ matterId: m.id, ...review, actor }),
        ...versionedChange(db, m.id, m.version, set, {
          actor,
          action: review.decision === "通过" ? "review_pass" : "review_return",
          before: { status: m.status, settled: m.settled, result: m.result, onTime: m.onTime, returns: m.returns, version: m.version },
          after: { ...set, note: review.note, version: m.version + 1 },
        }),
      ], today);
      return c.json(matterToWire((await findMatter(db, m.id))!, await stateContext(db, today)), 200);
    },
  )
  .route("/", lifecycleStepRoute("reopen", "The office reopens a closed matter (重新打开, with a reason): back to 办理中, the settlement cleared (kept in the log)"))
  .route("/", lifecycleStepRoute("cancel", "The office cancels a matter created by mistake (撤销, with a reason): kept and shown, counted in no score and no reminder"));
