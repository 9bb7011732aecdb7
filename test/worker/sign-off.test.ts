import { beforeAll, describe, expect, it } from "vitest";
import { api, tokenFor } from "./helpers";
import { createMatter, ensureCalendar2026 } from "./matters-fixtures";
import { personToken } from "./people-fixtures";

let office: string;
let liaison: string;
let executor: string;
let coExecutor: string;
let otherUnit: string;

beforeAll(async () => {
  await ensureCalendar2026();
  office = await tokenFor("office");
  liaison = await personToken(office, "陈联", "县法院", "联络员");
  executor = await personToken(office, "林执", "县法院", "执行员");
  coExecutor = await personToken(office, "黄执", "县科商经信局", "执行员");
  otherUnit = await tokenFor("unit", "县财政局");
});

const setSignOff = (enabled: boolean) => api("/api/v1/sign-off", { method: "PUT", token: office, json: { enabled } });
const draft = (json: unknown, token = executor) => api("/api/v1/drafts", { method: "POST", token, json });
const submit = (id: number, version: number, token: string, today?: string) =>
  api(`/api/v1/drafts/${id}/submit`, { method: "POST", token, json: { version }, today });
const report = { task: 14, period: "2026-Q2", progress: "已完成第一批涉税事项" };

describe("sign-off (签批): 执行员 draft, the 联络员 submits", () => {
  it("refuses an 执行员's direct settlement and report while sign-off is on (403)", async () => {
    const m = await createMatter(office);
    const settle = await api(`/api/v1/matters/${m.id}`, { method: "PATCH", token: executor, json: { version: 1, settled: "2026-05-12", result: "已办结" } });
    expect(settle.status).toBe(403);
    expect(settle.body.error.message).toContain("联络员");
    const rep = await api("/api/v1/reports", { method: "POST", token: executor, json: { rows: [report] } });
    expect(rep.status).toBe(403);
    expect((await api(`/api/v1/matters/${m.id}`, { token: office })).body.status).toBe("办理中");
  });

  it("keeps a draft out of the ledger until the 联络员 submits it; the 执行员 cannot submit it", async () => {
    const d = await draft({ kind: "进展报送", report });
    expect(d.status).toBe(201);
    expect(d.body).toMatchObject({ status: "草稿", author: "林执", unit: "县法院", submittedOn: null });
    const before = await api("/api/v1/reports?period=2026-Q2&task=14&unit=县法院", { token: office });
    expect(before.body.rows).toEqual([]);
    // Visible to the unit, not to another unit.
    expect((await api("/api/v1/drafts", { token: liaison })).body.drafts.map((x: { id: number }) => x.id)).toContain(d.body.id);
    expect((await api("/api/v1/drafts", { token: otherUnit })).body.drafts).toEqual([]);
    expect((await submit(d.body.id, 1, otherUnit)).status).toBe(404);

    const byExecutor = await submit(d.body.id, 1, executor);
    expect(byExecutor.status).toBe(403);
    const byOffice = await submit(d.body.id, 1, office);
    expect(byOffice.status).toBe(403);

    const done = await submit(d.body.id, 1, liaison);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: "已报送", submittedBy: "陈联", submittedOn: "2026-12-01" });
    const after = await api("/api/v1/reports?period=2026-Q2&task=14&unit=县法院", { token: office });
    expect(after.body.rows).toEqual([expect.objectContaining({ progress: report.progress, submittedOn: "2026-12-01" })]);
    expect((await submit(d.body.id, 2, liaison)).status).toBe(409);
  });

  it("judges a drafted settlement by the day it was submitted, not the day it was drafted", async () => {
    const m = await createMatter(office); // deadline 2026-05-15
    const onTime = await draft({ kind: "办结", matter: m.id, version: 1, settled: "2026-05-12", result: "资产已处置" });
    expect(onTime.status).toBe(201);
    expect((await api(`/api/v1/matters/${m.id}`, { token: office })).body.status).toBe("办理中");
    const late = await submit(onTime.body.id, 1, liaison, "2026-05-20");
    expect(late.status).toBe(200);
    const settled = (await api(`/api/v1/matters/${m.id}`, { token: office })).body;
    expect(settled).toMatchObject({ status: "待审核", settled: "2026-05-12", onTime: false });

    const m2 = await createMatter(office);
    const d2 = await draft({ kind: "办结", matter: m2.id, version: 1, settled: "2026-05-12", result: "资产已处置" });
    expect((await submit(d2.body.id, 1, liaison, "2026-05-14")).status).toBe(200);
    expect((await api(`/api/v1/matters/${m2.id}`, { token: office })).body).toMatchObject({ onTime: true });
  });

  it("lets a co-unit's 执行员 draft a contribution, but not a settlement of a matter his unit does not lead", async () => {
    const m = await createMatter(office);
    expect((await draft({ kind: "协办情况", matter: m.id, version: 1, contribution: "已提供企业名录" }, coExecutor)).status).toBe(201);
    expect((await draft({ kind: "办结", matter: m.id, version: 1, settled: "2026-05-12", result: "x" }, coExecutor)).status).toBe(403);
    expect((await draft({ kind: "进展报送", report }, office)).status).toBe(403);
    expect((await draft({ kind: "进展报送", report, extra: 1 })).status).toBe(422);
  });

  it("lets 执行员 submit directly once the office switches sign-off off", async () => {
    expect((await api("/api/v1/sign-off", { method: "PUT", token: liaison, json: { enabled: false } })).status).toBe(403);
    expect((await setSignOff(false)).body).toEqual({ enabled: false });
    const m = await createMatter(office);
    const settle = await api(`/api/v1/matters/${m.id}`, { method: "PATCH", token: executor, json: { version: 1, settled: "2026-05-12", result: "已办结" } });
    expect(settle.status).toBe(200);
    expect((await setSignOff(true)).body).toEqual({ enabled: true });
  });
});
