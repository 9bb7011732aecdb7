import { beforeAll, describe, expect, it } from "vitest";
import { and, desc, eq } from "drizzle-orm";
import { changeLog } from "../../schema/tables";
import { api, db } from "./helpers";
import { callers, createMatter, ensureCalendar2026 } from "./matters-fixtures";

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

const patch = (id: number, json: unknown, token = t.office) => api(`/api/v1/matters/${id}`, { method: "PATCH", token, json });
const post = (id: number, step: string, json: unknown, token = t.office) => api(`/api/v1/matters/${id}/${step}`, { method: "POST", token, json });
const get = async (id: number, token = t.office) => api(`/api/v1/matters/${id}`, { token });
const listed = async (token: string) => (await api("/api/v1/matters", { token })).body.matters.map((m: { id: number }) => m.id);
const lastLog = async (id: number) =>
  (await db().select().from(changeLog).where(and(eq(changeLog.entity, "matters"), eq(changeLog.entityId, String(id)))).orderBy(desc(changeLog.id)).limit(1))[0]!;

describe("correcting a matter (更正)", () => {
  it("recomputes the deadline from the assigned date when the days change, and logs the old values with the reason", async () => {
    const m = await createMatter(t.office); // assigned Thu 30 April, 10 working days → Mon 18 May
    expect(m.deadline).toBe("2026-05-18");
    const res = await patch(m.id, { version: 1, days: 15, title: "某企业破产案件资产处置协调（更正）", reason: "会议纪要时限写错" });
    expect(res.status).toBe(200);
    // 15 working days after 30 April, over Labour Day (1–5 May) and the make-up Saturday 9 May: Mon 25 May.
    expect(res.body).toMatchObject({ days: 15, deadline: "2026-05-25", originalDeadline: "2026-05-25", title: "某企业破产案件资产处置协调（更正）", version: 2 });
    const log = await lastLog(m.id);
    expect(log.action).toBe("correct");
    expect(log.before).toEqual({ title: "某企业破产案件资产处置协调", days: 10, deadline: "2026-05-18", version: 1 });
    expect(log.after).toEqual({ title: "某企业破产案件资产处置协调（更正）", days: 15, deadline: "2026-05-25", reason: "会议纪要时限写错", version: 2 });
  });

  it("moves the matter to the units added and away from the units removed, keeping a kept co-unit's note", async () => {
    const m = await createMatter(t.office, { co: ["县科商经信局", "县财政局"] });
    await patch(m.id, { version: 1, contribution: "已提供资产清单" }, t.finance);
    expect(await listed(t.econ)).toContain(m.id);
    expect(await listed(t.tax)).not.toContain(m.id);
    const res = await patch(m.id, { version: 2, co: ["县财政局", "县税务局"], reason: "协办单位调整" });
    expect(res.status).toBe(200);
    expect(res.body.co).toEqual(["县财政局", "县税务局"]);
    expect(res.body.contributions).toEqual([expect.objectContaining({ unit: "县财政局", contribution: "已提供资产清单" })]);
    expect(await listed(t.econ)).not.toContain(m.id);
    expect((await get(m.id, t.econ)).status).toBe(404);
    expect(await listed(t.tax)).toContain(m.id);
    expect((await lastLog(m.id)).before).toMatchObject({ co: ["县财政局", "县科商经信局"] });
  });

  it("checks a corrected lead as on creation: an unknown unit is 422 and nothing changes", async () => {
    const m = await createMatter(t.office);
    const same = await patch(m.id, { version: 1, co: ["县科商经信局"], reason: "核对" });
    expect([same.status, same.body.error?.details[0].code]).toEqual([422, "unchanged"]);
    const res = await patch(m.id, { version: 1, lead: "县不存在局", reason: "换牵头单位" });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ column: "lead", code: "unknown_unit" });
    expect((await get(m.id)).body).toMatchObject({ lead: "县法院", version: 1 });
  });

  it("refuses a correction without a reason with 422 on reason", async () => {
    const m = await createMatter(t.office);
    const res = await patch(m.id, { version: 1, days: 12 });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ column: "reason" })]);
  });

  it("refuses a unit or a leader correcting with 403", async () => {
    const m = await createMatter(t.office);
    const unit = await patch(m.id, { version: 1, days: 12, reason: "想多要时间" }, t.court);
    expect([unit.status, unit.body.error.message]).toEqual([403, "此操作仅限办公室"]);
    expect((await patch(m.id, { version: 1, days: 12, reason: "想多要时间" }, t.leader)).status).toBe(403);
    expect((await get(m.id)).body).toMatchObject({ days: 10, version: 1 });
  });

  it("refuses a stale version with 409, and a closed matter with 409", async () => {
    const m = await createMatter(t.office);
    await patch(m.id, { version: 1, settled: "2026-05-12", result: "已处理" });
    const stale = await patch(m.id, { version: 1, days: 12, reason: "更正" });
    expect([stale.status, stale.body.error.details[0].code]).toEqual([409, "stale"]);
    const closed = await patch(m.id, { version: 2, days: 12, reason: "更正" });
    expect([closed.status, closed.body.error.message]).toEqual([409, "事项已办结，请先重新打开再更正"]);
  });
});

describe("reopening (重新打开) and cancelling (撤销)", () => {
  it("reopens a closed matter with a reason: back to 办理中, the settlement cleared and logged", async () => {
    const m = await createMatter(t.office);
    await patch(m.id, { version: 1, settled: "2026-05-12", result: "已处理" });
    const res = await post(m.id, "reopen", { version: 2, reason: "当事人再次反映，问题未解决" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "办理中", settled: null, result: null, onTime: null, version: 3 });
    const log = await lastLog(m.id);
    expect([log.action, log.before, log.after]).toEqual([
      "reopen",
      { status: "已办结", settled: "2026-05-12", result: "已处理", onTime: true, version: 2 },
      { status: "办理中", settled: null, result: null, onTime: null, reason: "当事人再次反映，问题未解决", version: 3 },
    ]);
  });

  it("refuses reopening an open matter (409), without a reason (422), by a unit (403), from a stale version (409)", async () => {
    const m = await createMatter(t.office);
    expect((await post(m.id, "reopen", { version: 1, reason: "再办" })).status).toBe(409);
    await patch(m.id, { version: 1, settled: "2026-05-12", result: "已处理" });
    const noReason = await post(m.id, "reopen", { version: 2 });
    expect([noReason.status, noReason.body.error.details[0].column]).toEqual([422, "reason"]);
    expect((await post(m.id, "reopen", { version: 2, reason: "再办" }, t.court)).status).toBe(403);
    expect((await post(m.id, "reopen", { version: 1, reason: "再办" })).status).toBe(409);
    expect((await get(m.id)).body.status).toBe("已办结");
  });

  it("cancels a matter created by mistake: kept, shown grey as 已撤销, and final", async () => {
    const m = await createMatter(t.office);
    const res = await post(m.id, "cancel", { version: 1, reason: "重复交办" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "已撤销", state: "已撤销", colour: "grey", workdaysLeft: null, version: 2 });
    expect(await listed(t.court)).toContain(m.id);
    const again = await post(m.id, "cancel", { version: 2, reason: "重复交办" });
    expect([again.status, again.body.error.message]).toEqual([409, "该事项已撤销"]);
    const settle = await patch(m.id, { version: 2, settled: "2026-05-12", result: "已处理" }, t.court);
    expect([settle.status, settle.body.error.message]).toEqual([409, "该事项已撤销，不能办结"]);
    const ask = await api(`/api/v1/matters/${m.id}/extensions`, { method: "POST", token: t.court, json: { version: 2, reason: "需要时间", days: 3 } });
    expect(ask.status).toBe(409);
  });

  it("refuses a unit cancelling with 403 and a stale version with 409", async () => {
    const m = await createMatter(t.office);
    expect((await post(m.id, "cancel", { version: 1, reason: "不想办" }, t.court)).status).toBe(403);
    expect((await post(m.id, "cancel", { version: 7, reason: "重复" })).status).toBe(409);
    expect((await get(m.id)).body).toMatchObject({ status: "办理中", version: 1 });
  });
});

describe("withdrawing an extension request (撤回)", () => {
  const ask = (id: number, version: number) =>
    api(`/api/v1/matters/${id}/extensions`, { method: "POST", token: t.court, json: { version, reason: "需评估机构出具报告", days: 5 } });
  const withdraw = (id: number, ext: number, token: string) => api(`/api/v1/matters/${id}/extensions/${ext}`, { method: "DELETE", token });

  it("lets the lead unit withdraw its own pending request: it stays listed as 已撤回 and a new one may be asked", async () => {
    const m = await createMatter(t.office);
    const ext = (await ask(m.id, 1)).body.extensions[0].id;
    const res = await withdraw(m.id, ext, t.court);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ deadline: m.deadline, version: 3 });
    expect(res.body.extensions).toEqual([expect.objectContaining({ id: ext, status: "已撤回" })]);
    expect((await ask(m.id, 3)).status).toBe(201);
  });

  it("refuses withdrawing someone else's request: a co-unit and the office 403, another unit 404", async () => {
    const m = await createMatter(t.office);
    const ext = (await ask(m.id, 1)).body.extensions[0].id;
    const co = await withdraw(m.id, ext, t.econ);
    expect([co.status, co.body.error.message]).toEqual([403, "只有提出申请的牵头单位可以撤回延期申请"]);
    expect((await withdraw(m.id, ext, t.office)).status).toBe(403);
    expect((await withdraw(m.id, ext, t.finance)).status).toBe(404);
    expect((await get(m.id)).body.extensions).toEqual([expect.objectContaining({ id: ext, status: "待审批" })]);
  });

  it("refuses withdrawing a request already decided with 409", async () => {
    const m = await createMatter(t.office);
    const ext = (await ask(m.id, 1)).body.extensions[0].id;
    await api(`/api/v1/matters/${m.id}/extensions/${ext}`, { method: "PATCH", token: t.office, json: { version: 2, decision: "驳回", note: "理由不充分" } });
    const res = await withdraw(m.id, ext, t.court);
    expect([res.status, res.body.error.message]).toEqual([409, "该延期申请已驳回，不能撤回"]);
  });
});
