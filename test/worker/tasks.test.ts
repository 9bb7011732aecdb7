import { describe, expect, it } from "vitest";
import plan from "../../seed/jinzhai/plan.json";
import { api, tokenFor } from "./helpers";

describe("GET /api/v1/tasks", () => {
  it("returns the 32 tasks in order with the plan's domains", async () => {
    const res = await api("/api/v1/tasks", { token: await tokenFor("unit", "县法院") });
    expect(res.status).toBe(200);
    expect(res.body.tasks.map((t: any) => t.no)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    expect(res.body.tasks.filter((t: any) => t.domain === "破产办理").map((t: any) => t.no)).toEqual(
      Array.from({ length: 13 }, (_, i) => i + 13),
    );
  });

  it("lists every task's units as the plan writes them, lead first", async () => {
    const res = await api("/api/v1/tasks", { token: await tokenFor("office") });
    for (const task of plan.tasks) {
      const got = res.body.tasks.find((t: any) => t.no === task.no);
      expect(got.units.map((u: any) => u.name), `task ${task.no}`).toEqual(task.responsible);
      expect(got.units.map((u: any) => u.lead)).toEqual(task.responsible.map((_, i) => i === 0));
    }
  });

  it("resolves 县商务局 in task 17 to 县科商经信局 and keeps the written name", async () => {
    const res = await api("/api/v1/tasks", { token: await tokenFor("office") });
    const t17 = res.body.tasks.find((t: any) => t.no === 17);
    expect(t17.units[2]).toEqual({ name: "县商务局", unit: "县科商经信局", group: false, lead: false });
    expect(t17.units[0]).toEqual({ name: "县发改委", unit: "县发改委", group: false, lead: true });
  });

  it("keeps task 32 without any responsible unit", async () => {
    const res = await api("/api/v1/tasks", { token: await tokenFor("office") });
    expect(res.body.tasks[31].units).toEqual([]);
  });
});

describe("GET /api/v1/tasks/:no/responsible", () => {
  it("expands groups and resolves aliases for task 30, lead first", async () => {
    const res = await api("/api/v1/tasks/30/responsible", { token: await tokenFor("office") });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ no: 30, units: ["县政府办", "县法院", "县财政局", "县市场监管局", "县税务局"] });
  });

  it("expands 各成员单位 into the 27 members for task 2", async () => {
    const res = await api("/api/v1/tasks/2/responsible", { token: await tokenFor("leader") });
    expect(res.body.units).toHaveLength(27);
    expect(res.body.units[0]).toBe("县法院");
  });

  it("puts the lead first and lists each unit once when a group repeats it", async () => {
    const res = await api("/api/v1/tasks/1/responsible", { token: await tokenFor("leader") });
    expect(res.body.units[0]).toBe("县委政法委");
    expect(new Set(res.body.units).size).toBe(res.body.units.length);
    expect(res.body.units).toContain("金寨经济开发区管委");
    expect(res.body.units).toContain("梅山镇人民政府");
  });

  it("answers 404 for a task the plan does not have", async () => {
    const res = await api("/api/v1/tasks/33/responsible", { token: await tokenFor("office") });
    expect(res.status).toBe(404);
  });

  it("answers 422 naming the parameter for a task number that is not a number", async () => {
    const res = await api("/api/v1/tasks/abc/responsible", { token: await tokenFor("office") });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].column).toBe("no");
  });

  it("answers an empty list for task 32, which names no unit", async () => {
    const res = await api("/api/v1/tasks/32/responsible", { token: await tokenFor("office") });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ no: 32, units: [] });
  });
});
