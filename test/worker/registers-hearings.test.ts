import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { changeLog } from "../../schema/tables";
import { api, db, tokenFor } from "./helpers";
import { appearanceByUnit } from "../../worker/hearings/hearings-queries";

let office: string, leader: string, court: string, land: string, finance: string;
beforeAll(async () => {
  office = await tokenFor("office");
  leader = await tokenFor("leader");
  court = await tokenFor("unit", "县法院");
  land = await tokenFor("unit", "县自然资源局");
  finance = await tokenFor("unit", "县财政局");
});

const hearing = (over: Record<string, unknown> = {}) => ({
  caseNo: "（2026）皖1524行初1号",
  court: "金寨县人民法院",
  hearingOn: "2026-10-12",
  agency: "县自然资源局",
  headRequired: true,
  appeared: "负责人",
  headSpoke: true,
  ...over,
});
const post = (json: unknown, token = court) => api("/api/v1/hearings", { method: "POST", token, json });

describe("行政机关负责人出庭应诉 register", () => {
  it("records a hearing by the court, logs it, and shows it to the agency but not to another unit", async () => {
    const r = await post(hearing());
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ agency: "县自然资源局", appeared: "负责人", headSpoke: true, missed: false, version: 1 });
    expect((await api(`/api/v1/hearings/${r.body.id}`, { token: land })).status).toBe(200);
    const hidden = await api(`/api/v1/hearings/${r.body.id}`, { token: finance });
    expect(hidden.status).toBe(404);
    expect((await api("/api/v1/hearings", { token: finance })).body.hearings).toEqual([]);
    const log = await db().select().from(changeLog).where(and(eq(changeLog.entity, "hearings"), eq(changeLog.entityId, String(r.body.id))));
    expect(log.map((l) => l.action)).toEqual(["insert"]);
  });

  it("refuses an unknown agency naming the column, and a group name too", async () => {
    const r = await post(hearing({ agency: "县不存在局" }));
    expect(r.status).toBe(422);
    expect(r.body.error.details).toEqual([expect.objectContaining({ column: "agency", code: "unknown_unit", message: "未知单位：县不存在局" })]);
    const g = await post(hearing({ agency: "县政府各部门" }));
    expect(g.status).toBe(422);
    expect(g.body.error.details[0]).toMatchObject({ column: "agency", code: "unknown_unit" });
  });

  it("refuses a value outside the appearance list, an unknown field, and 出声 without a head", async () => {
    const bad = await post(hearing({ appeared: "局长" }));
    expect(bad.status).toBe(422);
    expect(bad.body.error.details[0]).toMatchObject({ column: "appeared" });
    expect((await post(hearing({ extra: 1 }))).body.error.details[0]).toMatchObject({ column: "extra", code: "unknown_field" });
    const spoke = await post(hearing({ appeared: "仅工作人员", headSpoke: true }));
    expect(spoke.status).toBe(422);
    expect(spoke.body.error.details[0]).toMatchObject({ column: "headSpoke", code: "not_head" });
    const silent = await post(hearing({ appeared: "副职负责人", headSpoke: null }));
    expect(silent.body.error.details[0]).toMatchObject({ column: "headSpoke", code: "required" });
  });

  it("lets only the court and the office record hearings; leaders read", async () => {
    const byLand = await post(hearing(), land);
    expect(byLand.status).toBe(403);
    expect(byLand.body.error.message).toBe("出庭应诉记录由县法院或办公室录入");
    expect((await post(hearing(), leader)).status).toBe(403);
    expect((await post(hearing({ caseNo: "（2026）皖1524行初9号" }), office)).status).toBe(201);
  });

  it("answers 409 with the current row on a stale version", async () => {
    const r = await post(hearing({ caseNo: "（2026）皖1524行初2号" }));
    const ok = await api(`/api/v1/hearings/${r.body.id}`, { method: "PATCH", token: office, json: { version: 1, appeared: "无人出庭" } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ appeared: "无人出庭", headSpoke: null, missed: true, version: 2 });
    const stale = await api(`/api/v1/hearings/${r.body.id}`, { method: "PATCH", token: court, json: { version: 1, note: "x" } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ version: 2, appeared: "无人出庭" });
  });

  it("counts the appearance rate per agency and period, and lists the agency for 约谈 until one is recorded", async () => {
    const agency = "县住建局";
    await post(hearing({ agency, caseNo: "住1", hearingOn: "2026-11-02" }));
    await post(hearing({ agency, caseNo: "住2", hearingOn: "2026-11-09", appeared: "副职负责人", headSpoke: false }));
    await post(hearing({ agency, caseNo: "住3", hearingOn: "2026-11-16", appeared: "仅工作人员", headSpoke: null }));
    await post(hearing({ agency, caseNo: "住4", hearingOn: "2026-11-20", headRequired: false, appeared: "无人出庭", headSpoke: null }));
    await post(hearing({ agency, caseNo: "住5", hearingOn: "2026-08-20", appeared: "无人出庭", headSpoke: null }));
    const stats = await api("/api/v1/hearings/stats?period=2026-Q4", { token: leader });
    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({ from: "2026-10-01", to: "2026-12-31" });
    expect(stats.body.agencies.find((a: { agency: string }) => a.agency === agency)).toEqual({ agency, hearings: 4, required: 3, appeared: 2, spoke: 1, rate: 0.6667, spokeRate: 0.5 });
    const fig = await appearanceByUnit(db(), { from: "2026-01-01", to: "2026-12-31" });
    expect(fig.find((f) => f.unit === agency)).toMatchObject({ required: 4, appeared: 2 });

    const list = async () => (await api("/api/v1/hearings/interviews?period=2026-Q4", { token: office })).body.agencies.find((a: { agency: string }) => a.agency === agency);
    expect(await list()).toMatchObject({ status: "待约谈", missed: [{ caseNo: "住3", hearingOn: "2026-11-16", appeared: "仅工作人员" }], interviews: [] });
    const byCourt = await api("/api/v1/hearings/interviews", { method: "POST", token: court, json: { agency, heldOn: "2026-11-25", who: "县司法局约谈县住建局局长", outcome: "已整改" } });
    expect(byCourt.status).toBe(403);
    const talk = await api("/api/v1/hearings/interviews", { method: "POST", token: office, json: { agency, heldOn: "2026-11-25", who: "县司法局约谈县住建局局长", outcome: "局长承诺今后亲自出庭" } });
    expect(talk.status).toBe(201);
    expect(await list()).toMatchObject({ status: "已约谈", interviews: [{ heldOn: "2026-11-25", outcome: "局长承诺今后亲自出庭" }] });
  });

  it("refuses a period it cannot read, naming period", async () => {
    const r = await api("/api/v1/hearings/stats?period=2026-Q5", { token: office });
    expect(r.status).toBe(422);
    expect(r.body.error.details[0]).toMatchObject({ column: "period" });
  });
});
