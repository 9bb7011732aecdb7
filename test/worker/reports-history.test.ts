import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { changeLog, reports } from "../../schema/tables";
import { api, db, tokenFor } from "./helpers";

let office: string, leader: string, finance: string, court: string;
beforeAll(async () => {
  [office, leader, finance, court] = await Promise.all([tokenFor("office"), tokenFor("leader"), tokenFor("unit", "县财政局"), tokenFor("unit", "县法院")]);
});

const submit = (period: string, progress: string, version?: number) =>
  api("/api/v1/reports", { method: "POST", token: finance, json: { rows: [{ task: 17, period, progress, plan: `计划：${progress}`, version }] } });
const history = (id: number, token: string) => api(`/api/v1/reports/${id}/history`, { token });
const restore = (id: number, token: string, json: unknown) => api(`/api/v1/reports/${id}/restore`, { method: "POST", token, json });

/** A report of 县财政局 submitted, then resubmitted: versions 1 and 2. */
async function twice(period: string) {
  const first = await submit(period, "已召开专题会议");
  expect(first.status).toBe(200);
  const second = await submit(period, "已完成资金测算", 1);
  expect(second.status).toBe(200);
  return second.body.rows[0];
}

describe("GET /api/v1/reports/:id/history", () => {
  it("lists the submission and the resubmission in order, logged under the report's own id", async () => {
    const r = await twice("2027-Q1");
    const res = await history(r.id, office);
    expect(res.status).toBe(200);
    expect(res.body.changes.map((c: any) => [c.action, c.actor, c.version, c.after.progress])).toEqual([
      ["insert", "县财政局", 1, "已召开专题会议"],
      ["update", "县财政局", 2, "已完成资金测算"],
    ]);
    expect(res.body.changes[1].before).toMatchObject({ progress: "已召开专题会议", version: 1 });
    const logged = await db().select().from(changeLog).where(and(eq(changeLog.entity, "reports"), eq(changeLog.action, "insert"), eq(changeLog.entityId, String(r.id))));
    expect(logged).toHaveLength(1);
  });

  it("also finds a creation logged under the old unit/task/period key", async () => {
    const r = await twice("2027-Q2");
    const [row] = await db().select().from(reports).where(eq(reports.id, r.id));
    await db().insert(changeLog).values({ actor: "unit:县财政局", entity: "reports", entityId: `${row!.unitId}/17/2027-Q2`, action: "insert", after: { progress: "旧记录" } });
    const res = await history(r.id, office);
    expect(res.body.changes.map((c: any) => c.action)).toEqual(["insert", "update", "insert"]);
  });

  it("is the unit's own and the office's and leaders'; another unit gets the same 404 as a missing report", async () => {
    const r = await twice("2027-Q3");
    expect((await history(r.id, finance)).status).toBe(200);
    expect((await history(r.id, leader)).status).toBe(200);
    const other = await history(r.id, court);
    const missing = await history(999999, court);
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe(missing.body.error.code);
    expect(other.body.error.message).toBe(`没有编号为 ${r.id} 的报送记录`);
  });
});

describe("POST /api/v1/reports/:id/restore", () => {
  it("restores the text after an earlier change as version 3, logged as a restore; the submission day stays", async () => {
    const r = await twice("2027-Q4");
    const first = (await history(r.id, office)).body.changes[0];
    const res = await restore(r.id, office, { version: 2, change: first.change });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: r.id, progress: "已召开专题会议", plan: "计划：已召开专题会议", version: 3, submittedOn: r.submittedOn });
    const after = (await history(r.id, office)).body.changes;
    expect(after).toHaveLength(3);
    expect(after[2]).toMatchObject({ action: "restore", actor: "办公室", version: 3, after: { restoredFrom: first.change, progress: "已召开专题会议" }, before: { progress: "已完成资金测算" } });
    const listed = await api("/api/v1/reports?period=2027-Q4", { token: finance });
    expect(listed.body.rows[0]).toMatchObject({ progress: "已召开专题会议", version: 3 });
  });

  it("refuses a stale version (409), a leader and the unit itself (403), and a change equal to now (422)", async () => {
    const r = await twice("2028-Q1");
    const [first, latest] = (await history(r.id, office)).body.changes;
    const staleRes = await restore(r.id, office, { version: 1, change: first.change });
    expect(staleRes.status).toBe(409);
    expect(staleRes.body.error.current).toMatchObject({ version: 2 });
    const byLeader = await restore(r.id, leader, { version: 2, change: first.change });
    expect(byLeader.status).toBe(403);
    expect(byLeader.body.error.message).toBe("此操作仅限办公室");
    expect((await restore(r.id, finance, { version: 2, change: first.change })).status).toBe(403);
    const same = await restore(r.id, office, { version: 2, change: latest.change });
    expect(same.status).toBe(422);
    expect((await history(r.id, office)).body.changes).toHaveLength(2);
  });
});
