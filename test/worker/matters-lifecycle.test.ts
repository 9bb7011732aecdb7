import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { changeLog, matters } from "../../schema/tables";
import { api, db } from "./helpers";
import { callers, createMatter, ensureCalendar2026 } from "./matters-fixtures";

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

const patch = (id: number, json: unknown, token: string) => api(`/api/v1/matters/${id}`, { method: "PATCH", token, json });
const get = (id: number, token: string) => api(`/api/v1/matters/${id}`, { token });
const settle = { version: 1, settled: "2026-05-15", result: "资产已完成拍卖，款项已到账" };
const review = (id: number, json: unknown, token: string) => api(`/api/v1/matters/${id}/review`, { method: "POST", token, json });

describe("settling a matter (办结)", () => {
  it("lets the lead unit settle on time: status 待审核 (blue) until the office passes it, then 已办结 and 按期办结", async () => {
    const m = await createMatter(t.office);
    const res = await patch(m.id, settle, t.court);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: "待审核",
      settled: "2026-05-15",
      result: "资产已完成拍卖，款项已到账",
      onTime: true,
      state: "待审核",
      colour: "blue",
      version: 2,
    });
    const passed = await review(m.id, { version: 2, decision: "通过" }, t.office);
    expect(passed.status).toBe(200);
    expect(passed.body).toMatchObject({ status: "已办结", settled: "2026-05-15", onTime: true, state: "按期办结", colour: "green", version: 3 });
  });

  it("computes a late settlement as onTime false, and 逾期办结 once passed", async () => {
    const m = await createMatter(t.office);
    const res = await patch(m.id, { ...settle, settled: "2026-05-19" }, t.court);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ onTime: false, state: "待审核" });
    const passed = await review(m.id, { version: 2, decision: "通过" }, t.office);
    expect(passed.body).toMatchObject({ onTime: false, state: "逾期办结", colour: "orange" });
  });

  it("refuses an onTime sent by the caller, naming the field, and leaves the matter open", async () => {
    const m = await createMatter(t.office);
    const res = await patch(m.id, { ...settle, settled: "2026-05-19", onTime: true }, t.court);
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ row: null, column: "onTime", code: "unknown_field", message: "不能提交字段 onTime" }]);
    const after = await patch(m.id, { ...settle, settled: "2026-05-19" }, t.court);
    expect([after.status, after.body.onTime]).toEqual([200, false]);
  });

  it("lets the office settle", async () => {
    const m = await createMatter(t.office);
    const res = await patch(m.id, settle, t.office);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("已办结");
  });

  it("records before and after in the change log", async () => {
    const m = await createMatter(t.office);
    await patch(m.id, settle, t.court);
    const [log] = await db()
      .select()
      .from(changeLog)
      .where(and(eq(changeLog.entity, "matters"), eq(changeLog.entityId, String(m.id)), eq(changeLog.action, "settle")));
    expect(log?.actor).toBe("unit:县法院");
    expect(log?.before).toMatchObject({ status: "办理中", settled: null, version: 1 });
    expect(log?.after).toMatchObject({ status: "待审核", settled: "2026-05-15", onTime: true, version: 2 });
  });

  it("refuses a co-unit settling with 403 and leaves the matter open", async () => {
    const m = await createMatter(t.office);
    const res = await patch(m.id, settle, t.econ);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe("协办单位不能办结事项，请由牵头单位办结");
    expect((await get(m.id, t.office)).body).toMatchObject({ status: "办理中", version: 1 });
  });

  it("answers another unit settling with 404, as if the matter did not exist, and leaves it open", async () => {
    const m = await createMatter(t.office);
    const res = await patch(m.id, settle, t.finance);
    expect(res.status).toBe(404);
    expect(res.body.error).toEqual({ code: "not_found", message: `没有编号为 ${m.id} 的事项`, details: [] });
    expect((await get(m.id, t.office)).body).toMatchObject({ status: "办理中", version: 1 });
  });

  it("refuses a leader settling with 403", async () => {
    const m = await createMatter(t.office);
    const res = await patch(m.id, settle, t.leader);
    expect(res.status).toBe(403);
  });

  it("refuses a stale version with 409 carrying the current row, and keeps the other change", async () => {
    const m = await createMatter(t.office);
    await patch(m.id, { version: 1, contribution: "已提供企业用电情况" }, t.econ);
    const res = await patch(m.id, settle, t.court);
    expect(res.status).toBe(409);
    expect(res.body.error.details[0]).toMatchObject({ column: "version", code: "stale" });
    expect(res.body.error.current).toMatchObject({ id: m.id, version: 2, status: "办理中" });
    expect(res.body.error.current.contributions).toEqual([expect.objectContaining({ unit: "县科商经信局", contribution: "已提供企业用电情况" })]);
  });

  it("refuses a settled date before the assigned date with 422 in column settled", async () => {
    const m = await createMatter(t.office);
    const res = await patch(m.id, { ...settle, settled: "2026-04-29" }, t.court);
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      { row: null, column: "settled", code: "before_assigned", message: "办结日期（2026-04-29）早于交办日期（2026-04-30）" },
    ]);
    expect((await get(m.id, t.office)).body.status).toBe("办理中");
  });

  it("refuses a settled date in the future", async () => {
    const m = await createMatter(t.office);
    const res = await patch(m.id, { ...settle, settled: "2099-01-01" }, t.court);
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ column: "settled", code: "after_today" });
  });

  it("refuses settling a matter waiting for review with 409 and the reason", async () => {
    const m = await createMatter(t.office);
    await patch(m.id, settle, t.court);
    const res = await patch(m.id, { ...settle, version: 2, settled: "2026-05-16" }, t.court);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe("该事项已报办结，正等待办公室审核");
    expect(res.body.error.current.settled).toBe("2026-05-15");
  });

  it("refuses settling a settled matter with 409 and the reason", async () => {
    const m = await createMatter(t.office);
    await patch(m.id, settle, t.office);
    const res = await patch(m.id, { ...settle, version: 2, settled: "2026-05-16" }, t.court);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe("该事项已办结，不能再次办结");
    expect(res.body.error.current.settled).toBe("2026-05-15");
  });

  it("refuses a settlement without a result, in column result", async () => {
    const m = await createMatter(t.office);
    const res = await patch(m.id, { version: 1, settled: "2026-05-15" }, t.court);
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ column: "result", message: "办结时请填写办理结果" })]);
  });

  it("refuses a PATCH without a version", async () => {
    const m = await createMatter(t.office);
    const res = await patch(m.id, { settled: "2026-05-15", result: "x" }, t.court);
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ column: "version" });
  });

  it("answers 404 for a matter that does not exist", async () => {
    const res = await patch(999999, settle, t.office);
    expect(res.status).toBe(404);
  });
});

describe("co-unit contributions (协办情况)", () => {
  it("lets a co-unit add its note, shown with the unit, and bumps the version", async () => {
    const m = await createMatter(t.office);
    const res = await patch(m.id, { version: 1, contribution: "已协调供电公司恢复供电" }, t.econ);
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(2);
    expect(res.body.contributions).toEqual([{ unit: "县科商经信局", contribution: "已协调供电公司恢复供电", at: expect.any(Number) }]);
  });

  it("keeps the replaced note in the change log", async () => {
    const m = await createMatter(t.office);
    await patch(m.id, { version: 1, contribution: "第一次说明" }, t.econ);
    await patch(m.id, { version: 2, contribution: "第二次说明" }, t.econ);
    const logs = await db()
      .select()
      .from(changeLog)
      .where(and(eq(changeLog.entityId, String(m.id)), eq(changeLog.action, "contribute")));
    expect(logs.map((l) => [(l.before as { contribution: string | null }).contribution, (l.after as { contribution: string }).contribution])).toEqual([
      [null, "第一次说明"],
      ["第一次说明", "第二次说明"],
    ]);
  });

  it("refuses the lead unit writing a contribution note with 403", async () => {
    const m = await createMatter(t.office);
    const res = await patch(m.id, { version: 1, contribution: "牵头单位的说明" }, t.court);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe("只有协办单位可以填写协办情况");
  });

  it("refuses settling and a contribution in one request", async () => {
    const m = await createMatter(t.office);
    const res = await patch(m.id, { ...settle, contribution: "x" }, t.court);
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ column: "contribution" });
  });
});

describe("who sees a matter", () => {
  it("shows the matter to its lead unit and its co-unit", async () => {
    const m = await createMatter(t.office);
    expect((await get(m.id, t.court)).status).toBe(200);
    expect((await get(m.id, t.econ)).status).toBe(200);
  });

  it("answers 404 to a unit that is neither lead nor co-unit", async () => {
    const m = await createMatter(t.office);
    const res = await get(m.id, t.finance);
    expect(res.status).toBe(404);
  });

  it("shows every matter to a leader", async () => {
    const m = await createMatter(t.office);
    const res = await get(m.id, t.leader);
    expect(res.status).toBe(200);
    expect(res.body.lead).toBe("县法院");
  });

  it("shows an open matter far past its deadline as 逾期 in red", async () => {
    const m = await createMatter(t.office, { assigned: "2026-02-13" });
    const res = await get(m.id, t.office);
    expect(res.body).toMatchObject({ status: "办理中", state: "逾期", colour: "red" });
    expect(res.body.workdaysLeft).toBeLessThan(0);
  });

  it("stores nothing in D1 for a refused settlement", async () => {
    const m = await createMatter(t.office);
    await patch(m.id, settle, t.econ);
    const [row] = await db().select().from(matters).where(eq(matters.id, m.id));
    expect(row).toMatchObject({ status: "办理中", settled: null, version: 1 });
  });
});
