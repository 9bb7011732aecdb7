import { createRoute } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { matterExtensions } from "../../schema/tables";
import {
  ExtensionDecisionSchema,
  ExtensionIdParamSchema,
  ExtensionRequestSchema,
  MatterIdParamSchema,
  MatterSchema,
} from "../../schema/contracts/matters";
import { recomputedDeadline } from "../../domain/matters/recomputed-deadline";
import { newRouter } from "../platform/router";
import { actorOf } from "../platform/env";
import { conflict, detail, notFound } from "../platform/errors";
import { may } from "../platform/access";
import { loadWorkCalendar } from "../calendar/calendar-queries";
import { findMatter } from "./matters-queries";
import { conflictResponse, errorResponses } from "../platform/openapi-responses";
import { matterForChange } from "./matters-update";
import { stateContext, matterToWire } from "./matter-to-wire";
import { runMatterChange, versionedChange } from "./matters-write";

const json = <T>(schema: T) => ({ content: { "application/json": { schema } } });

/** 延期: the lead unit asks for more working days; the office approves (moving the deadline) or refuses. */
export const matterExtensionsRoute = newRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/extensions",
      summary: "The lead unit asks for an extension (延期) with a reason and extra working days",
      middleware: [may("ask_extension")] as const,
      security: [{ bearer: [] }],
      request: { params: MatterIdParamSchema, body: { required: true, ...json(ExtensionRequestSchema) } },
      responses: { 201: { description: "the matter with the pending request", ...json(MatterSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const db = c.var.db;
      const body = c.req.valid("json");
      const { m, checkVersion } = await matterForChange(db, c.var.caller, "ask_extension", c.req.valid("param").id, body.version, c.var.today);
      await checkVersion();
      const current = async () => ({ current: matterToWire(m, await stateContext(db, c.var.today)) });
      if (m.status !== "办理中") {
        const message = `事项${m.status}，不能申请延期`;
        throw conflict(message, await current(), [detail(null, "status", m.status === "已办结" ? "already_settled" : "not_open", message)]);
      }
      if (m.extensions.some((e) => e.status === "待审批")) {
        throw conflict("已有待审批的延期申请，请等待办公室审批", await current(), [detail(null, null, "pending_extension", "已有待审批的延期申请")]);
      }
      const values = { matterId: m.id, reason: body.reason, days: body.days, previousDeadline: m.deadline };
      await runMatterChange(db, m.id, m.version, [
        db.insert(matterExtensions).values(values),
        ...versionedChange(db, m.id, m.version, {}, {
          actor: actorOf(c.var.caller),
          action: "extension_request",
          before: { version: m.version },
          after: { ...values, status: "待审批", version: m.version + 1 },
        }),
      ], c.var.today);
      return c.json(matterToWire((await findMatter(db, m.id))!, await stateContext(db, c.var.today)), 201);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}/extensions/{ext}",
      summary: "The office approves (批准: the deadline moves, the original is kept) or refuses (驳回) a pending extension",
      middleware: [may("decide_extension")] as const,
      security: [{ bearer: [] }],
      request: { params: ExtensionIdParamSchema, body: { required: true, ...json(ExtensionDecisionSchema) } },
      responses: { 200: { description: "the matter after the decision", ...json(MatterSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const db = c.var.db;
      const { id, ext } = c.req.valid("param");
      const body = c.req.valid("json");
      const { m, checkVersion } = await matterForChange(db, c.var.caller, "decide_extension", id, body.version, c.var.today);
      const request = m.extensions.find((e) => e.id === ext);
      if (!request) throw notFound(`事项 ${id} 没有编号为 ${ext} 的延期申请`);
      await checkVersion();
      const current = async () => ({ current: matterToWire(m, await stateContext(db, c.var.today)) });
      if (request.status !== "待审批") {
        throw conflict(`该延期申请已${request.status.slice(1)}`, await current(), [detail(null, "decision", "already_decided", `该延期申请已${request.status.slice(1)}`)]);
      }
      if (m.status !== "办理中") {
        const message = `事项${m.status}，无需审批延期`;
        throw conflict(message, await current(), [detail(null, "status", m.status === "已办结" ? "already_settled" : "not_open", message)]);
      }
      const today = c.var.today;
      const decidedAt = new Date();
      const note = body.note ?? null;
      const approvedDays = m.extensions.filter((e) => e.status === "已批准").map((e) => e.days);
      // An approved extension adds at least one working day, so the deadline moves (null: it stays).
      const moved = body.decision === "批准" ? (recomputedDeadline(m, [...approvedDays, request.days], await loadWorkCalendar(db), today) ?? m) : null;
      const matterAfter = moved ? { deadline: moved.deadline, provisional: moved.provisional, overdueSince: moved.overdueSince } : {};
      const extAfter = moved
        ? { status: "已批准", newDeadline: moved.deadline, decisionNote: note, decidedAt }
        : { status: "已驳回", decisionNote: note, decidedAt };
      await runMatterChange(db, m.id, m.version, [
        db.update(matterExtensions).set(extAfter).where(and(eq(matterExtensions.id, request.id), eq(matterExtensions.status, "待审批"))),
        ...versionedChange(db, m.id, m.version, matterAfter, {
          actor: actorOf(c.var.caller),
          action: moved ? "extension_approve" : "extension_refuse",
          before: { extension: request.id, deadline: m.deadline, provisional: m.provisional, overdueSince: m.overdueSince, version: m.version },
          after: { extension: request.id, ...extAfter, ...matterAfter, version: m.version + 1 },
        }),
      ], today);
      return c.json(matterToWire((await findMatter(db, m.id))!, await stateContext(db, today)), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}/extensions/{ext}",
      summary: "The lead unit withdraws its own pending extension request (撤回); it stays listed as 已撤回",
      middleware: [may("withdraw_extension")] as const,
      security: [{ bearer: [] }],
      request: { params: ExtensionIdParamSchema },
      responses: { 200: { description: "the matter after the withdrawal", ...json(MatterSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { db, caller, today } = c.var;
      const { id, ext } = c.req.valid("param");
      // The request's own state guards the write; the version is the one just read.
      const { m } = await matterForChange(db, caller, "withdraw_extension", id, 0, today);
      const request = m.extensions.find((e) => e.id === ext);
      if (!request) throw notFound(`事项 ${id} 没有编号为 ${ext} 的延期申请`);
      if (request.status !== "待审批") {
        const message = `该延期申请已${request.status.slice(1)}，不能撤回`;
        throw conflict(message, { current: matterToWire(m, await stateContext(db, today)) }, [detail(null, "status", "not_pending", message)]);
      }
      await runMatterChange(db, m.id, m.version, [
        db.update(matterExtensions).set({ status: "已撤回", decidedAt: new Date() }).where(and(eq(matterExtensions.id, request.id), eq(matterExtensions.status, "待审批"))),
        ...versionedChange(db, m.id, m.version, {}, {
          actor: actorOf(caller),
          action: "extension_withdraw",
          before: { extension: request.id, status: request.status, version: m.version },
          after: { extension: request.id, status: "已撤回", version: m.version + 1 },
        }),
      ], today);
      return c.json(matterToWire((await findMatter(db, m.id))!, await stateContext(db, today)), 200);
    },
  );
