import { beforeAll, describe, expect, it } from "vitest";
import { api, tokenFor } from "./helpers";

let office: string;
const put = (key: string, json: unknown, token = office) => api(`/api/v1/settings/${key}`, { method: "PUT", token, json });
const setting = async (key: string) => (await api("/api/v1/settings", { token: office })).body.settings.find((s: any) => s.key === key);

beforeAll(async () => {
  office = await tokenFor("office");
});

describe("GET /api/v1/settings", () => {
  it("lists every setting with its default while none is set", async () => {
    const res = await api("/api/v1/settings", { token: await tokenFor("unit", "县财政局") });
    expect(res.status).toBe(200);
    expect(res.body.settings.map((s: any) => s.key)).toEqual([
      "reportingCycle",
      "dueSoonWorkdays",
      "signOff",
      "assessmentStart",
      "reportDuties",
      "assessedUnits",
      "jointMeetingDue",
      "suggestionReplyDays",
    ]);
    expect(res.body.settings.find((s: any) => s.key === "reportingCycle")).toMatchObject({ value: "quarterly", default: "quarterly", set: false, updatedAt: null });
    expect(res.body.settings.find((s: any) => s.key === "suggestionReplyDays")).toMatchObject({ value: 60, set: false });
  });
});

describe("PUT /api/v1/settings/:key", () => {
  it("stores the office's value, shows it as set and logs it with the value it replaced", async () => {
    const res = await put("reportingCycle", { value: "monthly" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ key: "reportingCycle", value: "monthly", set: true });
    expect(await setting("reportingCycle")).toMatchObject({ value: "monthly", set: true });
    const history = await api("/api/v1/settings/reportingCycle/history", { token: await tokenFor("leader") });
    expect(history.status).toBe(200);
    expect(history.body.changes.map((c: any) => [c.actor, c.before, c.after])).toEqual([["办公室", "quarterly", "monthly"]]);
  });

  it("keeps every change in the history, oldest first, and a cleared date brings the default back", async () => {
    expect((await put("jointMeetingDue", { value: "2026-03-20" })).status).toBe(200);
    expect((await put("jointMeetingDue", { value: "2026-04-10" })).status).toBe(200);
    const cleared = await put("jointMeetingDue", { value: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ value: null, set: false });
    const history = await api("/api/v1/settings/jointMeetingDue/history", { token: office });
    expect(history.body.changes.map((c: any) => [c.before, c.after])).toEqual([
      [null, "2026-03-20"],
      ["2026-03-20", "2026-04-10"],
      ["2026-04-10", null],
    ]);
  });

  it("stores an assessed set under each unit's own name when written by another of its names", async () => {
    const res = await put("assessedUnits", { value: [{ year: 2026, units: ["县法院", "县经信局"] }] });
    expect(res.status).toBe(200);
    expect(res.body.value).toEqual([{ year: 2026, units: ["县法院", "县科商经信局"] }]);
  });

  it("answers 404 for a key it does not know, naming the keys it does", async () => {
    const res = await put("holidayMode", { value: true });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain("没有设置项“holidayMode”");
    expect(res.body.error.message).toContain("reportDuties");
    expect((await api("/api/v1/settings/holidayMode/history", { token: office })).status).toBe(404);
  });

  it("refuses a change from a unit or a leader and stores nothing", async () => {
    expect((await put("suggestionReplyDays", { value: 30 }, await tokenFor("unit", "县法院"))).status).toBe(403);
    expect((await put("suggestionReplyDays", { value: 30 }, await tokenFor("leader"))).status).toBe(403);
    expect(await setting("suggestionReplyDays")).toMatchObject({ value: 60, set: false });
  });

  it("shows the history to the office and leaders only", async () => {
    expect((await api("/api/v1/settings/reportingCycle/history", { token: await tokenFor("unit", "县法院") })).status).toBe(403);
  });
});

describe("PUT /api/v1/settings/:key refusals, each naming its cell", () => {
  const refusal = async (key: string, value: unknown) => {
    const res = await put(key, { value });
    expect(res.status).toBe(422);
    return res.body.error.details.map((d: any) => [d.row, d.column, d.message]);
  };

  it("refuses a value outside the key's schema", async () => {
    expect(await refusal("reportingCycle", "weekly")).toEqual([[null, "value", "报送周期只能是 quarterly（按季）或 monthly（按月）"]]);
    expect(await refusal("suggestionReplyDays", 0)).toEqual([[null, "value", "司法建议回复期限至少 1 天"]]);
    expect(await refusal("assessmentStart", "2025-02-30")).toEqual([[null, "value", "台账启用日期应为有效日期，写作 YYYY-MM-DD"]]);
  });

  it("refuses a report duty for a task the plan lacks, a task named twice, and an unknown kind of reporter", async () => {
    expect(
      await refusal("reportDuties", [
        { task: 99, reporters: "all", cycle: null },
        { task: 8, reporters: "lead", cycle: "monthly" },
        { task: 8, reporters: "all", cycle: null },
      ]),
    ).toEqual([
      [0, "value.task", "方案中没有第99项任务"],
      [2, "value.task", "第8项任务与第2行重复"],
    ]);
    expect(await refusal("reportDuties", [{ task: 8, reporters: "co", cycle: null }])).toEqual([
      [0, "value.reporters", "报送单位只能是 lead（仅牵头单位）、all（全部责任单位）或 none（不需报送）"],
    ]);
  });

  it("refuses an assessed set naming an unknown unit, a group or the same year twice", async () => {
    expect(await refusal("assessedUnits", [{ year: 2026, units: ["县法院", "县气象局", "各成员单位"] }, { year: 2026, units: ["县法院"] }])).toEqual([
      [0, "value.units", "2026年度参评单位中有未知单位：县气象局"],
      [0, "value.units", "2026年度参评单位中“各成员单位”是统称，请填写具体单位"],
      [1, "value.year", "2026年度与第1行重复"],
    ]);
  });

  it("refuses a body without value or with another field", async () => {
    expect((await put("signOff", {})).status).toBe(422);
    const extra = await put("signOff", { value: false, note: "x" });
    expect(extra.status).toBe(422);
    expect(extra.body.error.details[0].column).toBe("note");
  });
});

describe("a task's own reporting cycle", () => {
  it("takes monthly reports for a task the office set monthly while the others stay quarterly", async () => {
    expect((await put("reportingCycle", { value: "quarterly" })).status).toBe(200);
    expect((await put("reportDuties", { value: [{ task: 20, reporters: "all", cycle: "monthly" }] })).status).toBe(200);
    const token = await tokenFor("unit", "县财政局");
    const report = (task: number, period: string) => ({ task, period, progress: "按计划推进", problems: "", plan: "" });
    const monthly = await api("/api/v1/reports", { method: "POST", token, json: { rows: [report(20, "2026-03"), report(17, "2026-Q1")] } });
    expect(monthly.status).toBe(200);
    const summary = await api("/api/v1/summary?year=2026", { token: await tokenFor("leader") });
    expect(summary.body.tasks.filter((t: any) => [17, 20].includes(t.no)).map((t: any) => [t.no, t.reports])).toEqual([
      [17, 1],
      [20, 1],
    ]);
    const wrong = await api("/api/v1/reports", { method: "POST", token, json: { rows: [report(20, "2026-Q2"), report(17, "2026-04")] } });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.details.map((d: any) => [d.row, d.column, d.message])).toEqual([
      [0, "period", "报送周期为月度，请写作如 2026-03"],
      [1, "period", "报送周期为季度，请写作如 2026-Q1"],
    ]);
  });
});
