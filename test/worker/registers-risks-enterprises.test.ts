import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { changeLog } from "../../schema/tables";
import { api, db, tokenFor } from "./helpers";

let office: string, leader: string, court: string, land: string, finance: string, police: string;
beforeAll(async () => {
  office = await tokenFor("office");
  leader = await tokenFor("leader");
  court = await tokenFor("unit", "县法院");
  land = await tokenFor("unit", "县自然资源局");
  finance = await tokenFor("unit", "县财政局");
  police = await tokenFor("unit", "县公安局");
});

const risk = (over: Record<string, unknown> = {}) => ({ caseNo: "（2026）皖1524行初30号", agency: "县自然资源局", grade: "高", assessedOn: "2026-11-01", plan: "判前释明，判后答疑", liaison: "行政庭张某", ...over });

describe("涉诉信访风险评估 register", () => {
  it("records a case with actions; leaders list open high-risk cases; the agency sees its own only", async () => {
    const r = await api("/api/v1/petition-risks", { method: "POST", token: court, json: risk() });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ grade: "高", status: "跟进中", actions: [], version: 1 });
    await api("/api/v1/petition-risks", { method: "POST", token: court, json: risk({ caseNo: "低1", grade: "低" }) });
    const act = await api(`/api/v1/petition-risks/${r.body.id}/actions`, { method: "POST", token: court, json: { doneOn: "2026-11-05", action: "与县自然资源局局长沟通" } });
    expect(act.status).toBe(201);
    expect(act.body.actions).toEqual([expect.objectContaining({ doneOn: "2026-11-05", action: "与县自然资源局局长沟通" })]);
    const open = await api("/api/v1/petition-risks?grade=高&open=true", { token: leader });
    expect(open.body.risks.map((x: { caseNo: string }) => x.caseNo)).toEqual(["（2026）皖1524行初30号"]);
    expect((await api("/api/v1/petition-risks", { token: finance })).body.risks).toEqual([]);
    expect((await api(`/api/v1/petition-risks/${r.body.id}`, { token: land })).status).toBe(200);
    expect((await api(`/api/v1/petition-risks/${r.body.id}`, { token: finance })).status).toBe(404);
    const closed = await api(`/api/v1/petition-risks/${r.body.id}`, { method: "PATCH", token: office, json: { version: 1, status: "已化解" } });
    expect(closed.status).toBe(200);
    expect((await api("/api/v1/petition-risks?grade=高&open=true", { token: leader })).body.risks).toEqual([]);
    const log = await db().select().from(changeLog).where(and(eq(changeLog.entity, "petition_risks"), eq(changeLog.entityId, String(r.body.id))));
    expect(log.map((l) => l.action)).toEqual(["insert", "add_action", "update"]);
  });

  it("refuses an unknown agency, a grade outside 高/中/低, a unit that is not the court, and a stale version", async () => {
    const u = await api("/api/v1/petition-risks", { method: "POST", token: court, json: risk({ agency: "县未知局" }) });
    expect(u.body.error.details[0]).toMatchObject({ column: "agency", code: "unknown_unit" });
    const g = await api("/api/v1/petition-risks", { method: "POST", token: court, json: risk({ grade: "极高" }) });
    expect(g.body.error.details[0]).toMatchObject({ column: "grade" });
    const byLand = await api("/api/v1/petition-risks", { method: "POST", token: land, json: risk() });
    expect(byLand.status).toBe(403);
    expect(byLand.body.error.message).toBe("此操作仅限县法院、办公室");
    const r = await api("/api/v1/petition-risks", { method: "POST", token: office, json: risk({ caseNo: "版1" }) });
    await api(`/api/v1/petition-risks/${r.body.id}`, { method: "PATCH", token: office, json: { version: 1, grade: "中" } });
    const stale = await api(`/api/v1/petition-risks/${r.body.id}`, { method: "PATCH", token: court, json: { version: 1, grade: "低" } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ grade: "中", version: 2 });
  });
});

const enterprise = (over: Record<string, unknown> = {}) => ({ name: "金寨某机械有限公司", level: "中", measures: ["重整"], units: ["县法院", "县科商经信局"], reviewedOn: "2026-03-01", note: "资金链紧张", ...over });

describe("危困企业动态名册", () => {
  it("shows how an enterprise moved through its reviews; a responsible unit reviews, another unit sees nothing", async () => {
    const e = await api("/api/v1/enterprises", { method: "POST", token: office, json: enterprise() });
    expect(e.status).toBe(201);
    expect(e.body).toMatchObject({ level: "中", units: ["县法院", "县科商经信局"], movement: "中", version: 1 });
    const econ = await tokenFor("unit", "县科商经信局");
    const up = await api(`/api/v1/enterprises/${e.body.id}/reviews`, { method: "POST", token: econ, json: { version: 1, reviewedOn: "2026-06-01", level: "高", note: "停产" } });
    expect(up.status).toBe(201);
    const out = await api(`/api/v1/enterprises/${e.body.id}/reviews`, { method: "POST", token: court, json: { version: 2, reviewedOn: "2026-11-01", level: "已退出", note: "重整完成" } });
    expect(out.body).toMatchObject({ level: "已退出", movement: "中→高→已退出", version: 3 });
    expect(out.body.reviews.map((r: { reviewedOn: string }) => r.reviewedOn)).toEqual(["2026-03-01", "2026-06-01", "2026-11-01"]);
    expect((await api(`/api/v1/enterprises/${e.body.id}`, { token: finance })).status).toBe(404);
    expect((await api(`/api/v1/enterprises/${e.body.id}/reviews`, { method: "POST", token: police, json: { version: 3, reviewedOn: "2026-11-02", level: "低", note: "x" } })).status).toBe(404);
    expect((await api("/api/v1/enterprises", { token: econ })).body.enterprises.map((x: { name: string }) => x.name)).toEqual(["金寨某机械有限公司"]);
    const stale = await api(`/api/v1/enterprises/${e.body.id}/reviews`, { method: "POST", token: econ, json: { version: 1, reviewedOn: "2026-11-03", level: "低", note: "x" } });
    expect(stale.status).toBe(409);
  });

  it("refuses an unknown responsible unit naming its place, an unknown measure, a repeated name, and a unit creating", async () => {
    const u = await api("/api/v1/enterprises", { method: "POST", token: office, json: enterprise({ name: "甲", units: ["县法院", "县未知局"] }) });
    expect(u.status).toBe(422);
    expect(u.body.error.details[0]).toMatchObject({ column: "units.1", code: "unknown_unit" });
    const m = await api("/api/v1/enterprises", { method: "POST", token: office, json: enterprise({ name: "乙", measures: ["注销"] }) });
    expect(m.body.error.details[0].column).toContain("measures");
    expect((await api("/api/v1/enterprises", { method: "POST", token: office, json: enterprise({ name: "丙" }) })).status).toBe(201);
    expect((await api("/api/v1/enterprises", { method: "POST", token: office, json: enterprise({ name: "丙" }) })).status).toBe(409);
    expect((await api("/api/v1/enterprises", { method: "POST", token: finance, json: enterprise({ name: "丁" }) })).status).toBe(403);
    expect((await api("/api/v1/enterprises", { method: "POST", token: leader, json: enterprise({ name: "丁" }) })).status).toBe(403);
  });
});
