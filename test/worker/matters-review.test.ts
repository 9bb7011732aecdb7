import { beforeAll, describe, expect, it } from "vitest";
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { and, asc, eq } from "drizzle-orm";
import { changeLog, matters, reminders } from "../../schema/tables";
import worker from "../../worker/index";
import { api, db } from "./helpers";
import { callers, createMatter, ensureCalendar2026 } from "./matters-fixtures";

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

const settle = (id: number, version: number, settled = "2026-05-15", token = t.court) =>
  api(`/api/v1/matters/${id}`, { method: "PATCH", token, json: { version, settled, result: "资产已完成拍卖" } });
const review = (id: number, json: unknown, token = t.office) => api(`/api/v1/matters/${id}/review`, { method: "POST", token, json });
const get = async (id: number) => (await api(`/api/v1/matters/${id}`, { token: t.office })).body;

/** A matter assigned 30 April (due Monday 18 May 2026), settled by its lead unit: version 2, 待审核. */
async function settledMatter(settled = "2026-05-15") {
  const m = await createMatter(t.office);
  const res = await settle(m.id, 1, settled);
  expect(res.body).toMatchObject({ status: "待审核", version: 2 });
  return res.body;
}

describe("reviewing a settlement (审核)", () => {
  it("closes the matter on 通过 with the settlement date the unit gave, and lists the review", async () => {
    const m = await settledMatter("2026-05-15");
    const res = await review(m.id, { version: 2, decision: "通过", note: "材料齐全" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "已办结", settled: "2026-05-15", onTime: true, state: "按期办结", returns: 0, version: 3 });
    expect(res.body.reviews).toEqual([
      expect.objectContaining({ decision: "通过", settled: "2026-05-15", result: "资产已完成拍卖", onTime: true, note: "材料齐全" }),
    ]);
  });

  it("sends the matter back to 办理中 on 退回 with the same deadline, keeping the refused settlement and counting the return", async () => {
    const m = await settledMatter("2026-05-15");
    const res = await review(m.id, { version: 2, decision: "退回", note: "缺少款项到账凭证" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "办理中", deadline: m.deadline, settled: null, result: null, onTime: null, returns: 1, version: 3 });
    expect(res.body.reviews).toEqual([
      expect.objectContaining({ decision: "退回", settled: "2026-05-15", result: "资产已完成拍卖", note: "缺少款项到账凭证" }),
    ]);

    const again = await settle(m.id, 3, "2026-05-18");
    expect(again.body).toMatchObject({ status: "待审核", settled: "2026-05-18", onTime: true });
    const passed = await review(m.id, { version: 4, decision: "通过" });
    expect(passed.body).toMatchObject({ status: "已办结", settled: "2026-05-18", returns: 1 });
    expect(passed.body.reviews.map((r: { decision: string }) => r.decision)).toEqual(["退回", "通过"]);

    const log = await db()
      .select({ action: changeLog.action, before: changeLog.before, after: changeLog.after })
      .from(changeLog)
      .where(and(eq(changeLog.entity, "matters"), eq(changeLog.entityId, String(m.id))))
      .orderBy(asc(changeLog.id));
    expect(log.map((l) => l.action)).toEqual(["insert", "settle", "review_return", "settle", "review_pass"]);
    expect(log[2]!.before).toMatchObject({ status: "待审核", settled: "2026-05-15", returns: 0 });
    expect(log[2]!.after).toMatchObject({ status: "办理中", returns: 1, note: "缺少款项到账凭证" });
  });

  it("refuses 退回 without a reason with 422 on note and leaves the settlement waiting", async () => {
    const m = await settledMatter();
    for (const body of [{ version: 2, decision: "退回" }, { version: 2, decision: "退回", note: "   " }]) {
      const res = await review(m.id, body);
      expect(res.status).toBe(422);
      expect(res.body.error.details).toEqual([expect.objectContaining({ column: "note" })]);
    }
    expect(await get(m.id)).toMatchObject({ status: "待审核", returns: 0, version: 2, reviews: [] });
  });

  it("refuses the lead unit, a co-unit and a leader reviewing with 403, and another unit with 404", async () => {
    const m = await settledMatter();
    const lead = await review(m.id, { version: 2, decision: "通过" }, t.court);
    expect(lead.status).toBe(403);
    expect(lead.body.error.message).toBe("办结审核仅限办公室");
    expect((await review(m.id, { version: 2, decision: "通过" }, t.econ)).status).toBe(403);
    expect((await review(m.id, { version: 2, decision: "通过" }, t.leader)).status).toBe(403);
    expect((await review(m.id, { version: 2, decision: "通过" }, t.finance)).status).toBe(403);
    expect(await get(m.id)).toMatchObject({ status: "待审核", version: 2 });
  });

  it("refuses a stale version with 409 carrying the current row", async () => {
    const m = await settledMatter();
    const res = await review(m.id, { version: 1, decision: "通过" });
    expect(res.status).toBe(409);
    expect(res.body.error.details[0]).toMatchObject({ column: "version", code: "stale" });
    expect(res.body.error.current).toMatchObject({ status: "待审核", version: 2 });
  });

  it("refuses reviewing a matter that is not waiting for review with 409", async () => {
    const open = await createMatter(t.office);
    const res = await review(open.id, { version: 1, decision: "通过" });
    expect(res.status).toBe(409);
    expect(res.body.error.details[0]).toMatchObject({ column: "status", code: "not_awaiting_review" });
    const m = await settledMatter();
    await review(m.id, { version: 2, decision: "通过" });
    const twice = await review(m.id, { version: 3, decision: "退回", note: "再看看" });
    expect([twice.status, twice.body.error.message]).toEqual([409, "该事项已审核办结"]);
  });

  it("refuses an unknown decision and unknown fields with 422", async () => {
    const m = await settledMatter();
    expect((await review(m.id, { version: 2, decision: "批准" })).status).toBe(422);
    const extra = await review(m.id, { version: 2, decision: "通过", settled: "2026-05-10" });
    expect(extra.status).toBe(422);
    expect(extra.body.error.details[0]).toMatchObject({ column: "settled", code: "unknown_field" });
  });
});

describe("a settlement waiting for review past its deadline", () => {
  async function runCron(scheduledTime: string) {
    const controller = createScheduledController({ scheduledTime: new Date(scheduledTime), cron: "0 1 * * *" });
    const ctx = createExecutionContext();
    await worker.scheduled(controller, env, ctx);
    await waitOnExecutionContext(ctx);
  }

  it("is not overdue when it was settled on time: no 逾期 state, no reminder, no overdue mark", async () => {
    const m = await settledMatter("2026-05-15"); // due 18 May; today (the TODAY binding) is long past it
    expect(await get(m.id)).toMatchObject({ state: "待审核", colour: "blue", workdaysLeft: null, overdueSince: null });
    await runCron("2026-05-25T01:00:00Z");
    expect(await db().select().from(reminders).where(eq(reminders.matterId, m.id))).toEqual([]);
    expect((await db().select().from(matters).where(eq(matters.id, m.id)))[0]!.overdueSince).toBeNull();
  });

  it("is overdue again once returned, past its unchanged deadline", async () => {
    const m = await settledMatter("2026-05-15");
    const back = await review(m.id, { version: 2, decision: "退回", note: "结果不实" });
    expect(back.body).toMatchObject({ status: "办理中", state: "逾期", colour: "red" });
  });
});
