import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { changeLog } from "../../schema/tables";
import { api, db } from "./helpers";
import { callers, createMatter, ensureCalendar2026 } from "./matters-fixtures";

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

const ask = (id: number, json: unknown, token = t.court) => api(`/api/v1/matters/${id}/extensions`, { method: "POST", token, json });
const decide = (id: number, ext: number, json: unknown, token = t.office) =>
  api(`/api/v1/matters/${id}/extensions/${ext}`, { method: "PATCH", token, json });
const request = { version: 1, reason: "需等待评估报告", days: 5 };

describe("extensions (延期)", () => {
  it("lets the lead unit ask with a reason and days; the request waits for approval and the deadline stays", async () => {
    const m = await createMatter(t.office);
    const res = await ask(m.id, request);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ deadline: "2026-05-18", version: 2 });
    expect(res.body.extensions).toEqual([
      expect.objectContaining({ reason: "需等待评估报告", days: 5, status: "待审批", previousDeadline: "2026-05-18", newDeadline: null }),
    ]);
  });

  it("moves the deadline by the extra working days on approval and keeps the original", async () => {
    const m = await createMatter(t.office);
    const asked = await ask(m.id, request);
    const res = await decide(m.id, asked.body.extensions[0].id, { version: 2, decision: "批准", note: "同意" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ deadline: "2026-05-25", originalDeadline: "2026-05-18", version: 3 });
    expect(res.body.extensions[0]).toMatchObject({ status: "已批准", newDeadline: "2026-05-25", decisionNote: "同意" });
  });

  it("adds a second approved extension after the first", async () => {
    const m = await createMatter(t.office);
    const first = await ask(m.id, request);
    await decide(m.id, first.body.extensions[0].id, { version: 2, decision: "批准" });
    const second = await ask(m.id, { version: 3, reason: "仍需协调", days: 1 });
    const res = await decide(m.id, second.body.extensions[1].id, { version: 4, decision: "批准" });
    expect(res.body).toMatchObject({ deadline: "2026-05-26", originalDeadline: "2026-05-18" });
  });

  it("keeps the deadline when the office refuses", async () => {
    const m = await createMatter(t.office);
    const asked = await ask(m.id, request);
    const res = await decide(m.id, asked.body.extensions[0].id, { version: 2, decision: "驳回", note: "理由不充分" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ deadline: "2026-05-18", version: 3 });
    expect(res.body.extensions[0]).toMatchObject({ status: "已驳回", decisionNote: "理由不充分", newDeadline: null });
  });

  it("refuses a refusal without a reason (422 on note) and leaves the request pending", async () => {
    const m = await createMatter(t.office);
    const asked = await ask(m.id, request);
    for (const note of [undefined, "  "]) {
      const res = await decide(m.id, asked.body.extensions[0].id, { version: 2, decision: "驳回", ...(note === undefined ? {} : { note }) });
      expect(res.status).toBe(422);
      expect(res.body.error.details).toEqual([expect.objectContaining({ column: "note", message: "驳回延期申请时请填写驳回理由" })]);
    }
    const now = await api(`/api/v1/matters/${m.id}`, { token: t.office });
    expect(now.body).toMatchObject({ version: 2, extensions: [expect.objectContaining({ status: "待审批" })] });
  });

  it("judges a settlement after the original deadline on time when within the approved extension", async () => {
    const m = await createMatter(t.office);
    const asked = await ask(m.id, request);
    await decide(m.id, asked.body.extensions[0].id, { version: 2, decision: "批准" });
    const res = await api(`/api/v1/matters/${m.id}`, { method: "PATCH", token: t.court, json: { version: 3, settled: "2026-05-22", result: "已办结" } });
    expect(res.body.onTime).toBe(true);
  });

  it("records the approval with the old and new deadline in the change log", async () => {
    const m = await createMatter(t.office);
    const asked = await ask(m.id, request);
    await decide(m.id, asked.body.extensions[0].id, { version: 2, decision: "批准" });
    const [log] = await db()
      .select()
      .from(changeLog)
      .where(and(eq(changeLog.entityId, String(m.id)), eq(changeLog.action, "extension_approve")));
    expect(log?.before).toMatchObject({ deadline: "2026-05-18", version: 2 });
    expect(log?.after).toMatchObject({ deadline: "2026-05-25", version: 3, status: "已批准" });
  });

  it("refuses a co-unit asking with 403", async () => {
    const m = await createMatter(t.office);
    const res = await ask(m.id, request, t.econ);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe("只有牵头单位可以申请延期");
  });

  it("refuses a request without a reason in column reason", async () => {
    const m = await createMatter(t.office);
    const res = await ask(m.id, { version: 1, reason: " ", days: 5 });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ column: "reason", message: "请填写延期理由" });
  });

  it("refuses a second request while one is pending", async () => {
    const m = await createMatter(t.office);
    await ask(m.id, request);
    const res = await ask(m.id, { ...request, version: 2 });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe("已有待审批的延期申请，请等待办公室审批");
  });

  it("refuses a request on a settled matter", async () => {
    const m = await createMatter(t.office);
    await api(`/api/v1/matters/${m.id}`, { method: "PATCH", token: t.office, json: { version: 1, settled: "2026-05-10", result: "已办结" } });
    const res = await ask(m.id, { ...request, version: 2 });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe("事项已办结，不能申请延期");
  });

  it("refuses a request on a matter waiting for review", async () => {
    const m = await createMatter(t.office);
    await api(`/api/v1/matters/${m.id}`, { method: "PATCH", token: t.court, json: { version: 1, settled: "2026-05-10", result: "已办结" } });
    const res = await ask(m.id, { ...request, version: 2 });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe("事项待审核，不能申请延期");
  });

  it("refuses a unit deciding with 403", async () => {
    const m = await createMatter(t.office);
    const asked = await ask(m.id, request);
    const res = await decide(m.id, asked.body.extensions[0].id, { version: 2, decision: "批准" }, t.court);
    expect(res.status).toBe(403);
  });

  it("refuses deciding a request twice", async () => {
    const m = await createMatter(t.office);
    const asked = await ask(m.id, request);
    await decide(m.id, asked.body.extensions[0].id, { version: 2, decision: "驳回", note: "理由不充分" });
    const res = await decide(m.id, asked.body.extensions[0].id, { version: 3, decision: "批准" });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe("该延期申请已驳回");
    expect(res.body.error.current.deadline).toBe("2026-05-18");
  });

  it("refuses a decision from a stale version with the current row", async () => {
    const m = await createMatter(t.office);
    const asked = await ask(m.id, request);
    const res = await decide(m.id, asked.body.extensions[0].id, { version: 1, decision: "批准" });
    expect(res.status).toBe(409);
    expect(res.body.error.current).toMatchObject({ version: 2, deadline: "2026-05-18" });
  });

  it("answers 404 for an extension of another matter", async () => {
    const a = await createMatter(t.office);
    const b = await createMatter(t.office);
    const asked = await ask(a.id, request);
    const res = await decide(b.id, asked.body.extensions[0].id, { version: 1, decision: "批准" });
    expect(res.status).toBe(404);
  });
});

describe("a cancelled matter's pending extension request", () => {
  it("is closed by the cancel (已驳回, 事项已撤销), logged with it, and can then be neither decided nor withdrawn", async () => {
    const m = await createMatter(t.office);
    const asked = await ask(m.id, request);
    const ext = asked.body.extensions[0].id;
    const cancelled = await api(`/api/v1/matters/${m.id}/cancel`, { method: "POST", token: t.office, json: { version: 2, reason: "误录，重复交办" } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: "已撤销", deadline: "2026-05-18" });
    expect(cancelled.body.extensions).toEqual([expect.objectContaining({ id: ext, status: "已驳回", decisionNote: "事项已撤销", newDeadline: null })]);

    const approve = await decide(m.id, ext, { version: 3, decision: "批准", note: "同意" });
    expect(approve.status).toBe(409);
    expect(approve.body.error.message).toBe("该延期申请已驳回");
    const withdraw = await api(`/api/v1/matters/${m.id}/extensions/${ext}`, { method: "DELETE", token: t.court, json: { version: 3 } });
    expect(withdraw.status).toBe(409);

    const history = (await api(`/api/v1/matters/${m.id}/history`, { token: t.office })).body.changes;
    expect(history.at(-1)).toMatchObject({
      action: "cancel",
      before: { status: "办理中", extensions: [{ extension: ext, status: "待审批" }] },
      after: { status: "已撤销", reason: "误录，重复交办", extensions: [{ extension: ext, status: "已驳回", decisionNote: "事项已撤销" }] },
    });
  });

  it("leaves decided requests as they were", async () => {
    const m = await createMatter(t.office);
    const asked = await ask(m.id, request);
    expect((await decide(m.id, asked.body.extensions[0].id, { version: 2, decision: "批准", note: "同意" })).status).toBe(200);
    const cancelled = await api(`/api/v1/matters/${m.id}/cancel`, { method: "POST", token: t.office, json: { version: 3, reason: "误录" } });
    expect(cancelled.body.extensions).toEqual([expect.objectContaining({ status: "已批准", decisionNote: "同意" })]);
    const history = (await api(`/api/v1/matters/${m.id}/history`, { token: t.office })).body.changes;
    expect(history.at(-1).after).not.toHaveProperty("extensions");
  });
});
