import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { api, db, tokenFor } from "./helpers";
import { changeLog } from "../../schema/tables";

describe("GET /api/v1/groups", () => {
  it("lists the plan's collective names with their members", async () => {
    const res = await api("/api/v1/groups", { token: await tokenFor("unit", "县财政局") });
    expect(res.status).toBe(200);
    const byName = new Map(res.body.groups.map((g: any) => [g.name, g.members]));
    expect(byName.get("各成员单位")).toHaveLength(27);
    expect(byName.get("开发区管委")).toEqual(["金寨经济开发区管委"]);
    expect(byName.get("各乡镇人民政府")).toHaveLength(23);
  });
});

describe("PUT /api/v1/groups/:name", () => {
  it("lets the office replace a group's members, resolving aliases, and the tasks follow", async () => {
    const office = await tokenFor("office");
    const res = await api(`/api/v1/groups/${encodeURIComponent("各直属机构")}`, {
      method: "PUT",
      token: office,
      json: { members: ["县信访局", "县行政审批局", "县经信局"] },
    });
    expect(res.status).toBe(200);
    expect(res.body.members).toEqual(["县信访局", "县行政审批局", "县科商经信局"]);
    const resp = await api("/api/v1/tasks/10/responsible", { token: office });
    expect(resp.body.units).toContain("县科商经信局");
    expect(resp.body.units).not.toContain("县医保局");
    const log = await db().select().from(changeLog).where(eq(changeLog.entity, "unit_groups"));
    expect(log.at(-1)).toMatchObject({ actor: "office", entityId: "各直属机构", action: "update" });
  });

  it("refuses unknown names and groups one by one and changes nothing", async () => {
    const office = await tokenFor("office");
    const res = await api(`/api/v1/groups/${encodeURIComponent("开发区管委")}`, {
      method: "PUT",
      token: office,
      json: { members: ["金寨经济开发区管委", "县不存在局", "各成员单位"] },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: any) => [d.row, d.column, d.code])).toEqual([
      [1, "members", "unknown_unit"],
      [2, "members", "group_not_unit"],
    ]);
    const after = await api("/api/v1/groups", { token: office });
    expect(after.body.groups.find((g: any) => g.name === "开发区管委").members).toEqual(["金寨经济开发区管委"]);
  });

  it("refuses a unit token with 403 and an unknown group with 404", async () => {
    const unit = await api(`/api/v1/groups/${encodeURIComponent("各直属机构")}`, { method: "PUT", token: await tokenFor("unit", "县信访局"), json: { members: [] } });
    expect(unit.status).toBe(403);
    const missing = await api(`/api/v1/groups/${encodeURIComponent("各村委会")}`, { method: "PUT", token: await tokenFor("office"), json: { members: [] } });
    expect(missing.status).toBe(404);
  });
});
