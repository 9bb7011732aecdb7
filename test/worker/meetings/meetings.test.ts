import { beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { changeLog, matters, meetingDecisions } from "../../../schema/tables";
import { api, db } from "../helpers";
import { callers, ensureCalendar2026 } from "../matters-fixtures";
import { meetingBody, meetingWithMinutes, minutesBody } from "./meetings-fixtures";

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

const matterCount = async () => (await db().select({ n: count() }).from(matters))[0]!.n;

describe("POST /api/v1/meetings", () => {
  it("records a joint meeting with its invited units, attendance not yet recorded", async () => {
    const res = await api("/api/v1/meetings", { method: "POST", token: t.office, json: meetingBody() });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: "联席会议", date: "2026-03-10", convener: "县长 王某", place: "县政府第一会议室", minutes: null, agenda: [] });
    expect(res.body.invited.map((a: { unit: string }) => a.unit).sort()).toEqual(["县法院", "县科商经信局", "县财政局"].sort());
    expect(res.body.invited.every((a: { status: unknown }) => a.status === null)).toBe(true);
  });

  it("refuses a unit and a leader (office only), and an unknown invited unit on its row", async () => {
    expect((await api("/api/v1/meetings", { method: "POST", token: t.court, json: meetingBody() })).status).toBe(403);
    expect((await api("/api/v1/meetings", { method: "POST", token: t.leader, json: meetingBody() })).status).toBe(403);
    const bad = await api("/api/v1/meetings", { method: "POST", token: t.office, json: meetingBody({ invited: ["县法院", "县不存在局"] }) });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details).toEqual([{ row: 1, column: "invited", code: "unknown_unit", message: "没有名为“县不存在局”的单位" }]);
  });
});

describe("who sees a meeting", () => {
  it("shows a meeting to the units invited and hides it (404, as a missing one) from the others", async () => {
    const id = (await api("/api/v1/meetings", { method: "POST", token: t.office, json: meetingBody() })).body.id;
    expect((await api(`/api/v1/meetings/${id}`, { token: t.court })).status).toBe(200);
    const hidden = await api(`/api/v1/meetings/${id}`, { token: t.tax });
    const missing = await api(`/api/v1/meetings/999999`, { token: t.tax });
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual(missing.body);
    const list = await api("/api/v1/meetings", { token: t.tax });
    expect(list.body.meetings.map((m: { id: number }) => m.id)).not.toContain(id);
    expect((await api("/api/v1/meetings", { token: t.court })).body.meetings.map((m: { id: number }) => m.id)).toContain(id);
  });
});

describe("PUT /api/v1/meetings/:id/attendance", () => {
  it("records 出席, 委派代表出席 with who, and 请假", async () => {
    const id = (await api("/api/v1/meetings", { method: "POST", token: t.office, json: meetingBody() })).body.id;
    const res = await api(`/api/v1/meetings/${id}/attendance`, {
      method: "PUT",
      token: t.office,
      json: { rows: [{ unit: "县法院", status: "出席" }, { unit: "县经信局", status: "委派代表出席", delegate: "李四" }, { unit: "县财政局", status: "请假" }] },
    });
    expect(res.status).toBe(200);
    const byUnit = Object.fromEntries(res.body.invited.map((a: { unit: string }) => [a.unit, a]));
    expect(byUnit["县科商经信局"]).toEqual({ unit: "县科商经信局", status: "委派代表出席", delegate: "李四" });
    expect(byUnit["县财政局"]).toEqual({ unit: "县财政局", status: "请假", delegate: null });
  });

  it("refuses attendance for a unit not invited, naming its row and the unit column, and writes nothing", async () => {
    const id = (await api("/api/v1/meetings", { method: "POST", token: t.office, json: meetingBody() })).body.id;
    const res = await api(`/api/v1/meetings/${id}/attendance`, {
      method: "PUT",
      token: t.office,
      json: { rows: [{ unit: "县法院", status: "出席" }, { unit: "县税务局", status: "出席" }] },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ row: 1, column: "unit", code: "not_invited", message: "“县税务局”未受邀参加该会议，不能填写出席情况" }]);
    const after = await api(`/api/v1/meetings/${id}`, { token: t.office });
    expect(after.body.invited.find((a: { unit: string }) => a.unit === "县法院").status).toBeNull();
  });

  it("asks who attended when a delegate was sent", async () => {
    const id = (await api("/api/v1/meetings", { method: "POST", token: t.office, json: meetingBody() })).body.id;
    const res = await api(`/api/v1/meetings/${id}/attendance`, { method: "PUT", token: t.office, json: { rows: [{ unit: "县法院", status: "委派代表出席" }] } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ row: 0, column: "delegate", message: "委派代表出席时请填写代表姓名" })]);
  });
});

describe("PUT /api/v1/meetings/:id/minutes", () => {
  it("records numbered decisions with units resolved from aliases and days defaulting to 10", async () => {
    const id = (await api("/api/v1/meetings", { method: "POST", token: t.office, json: meetingBody() })).body.id;
    const res = await api(`/api/v1/meetings/${id}/minutes`, { method: "PUT", token: t.office, json: minutesBody("金府院纪〔2026〕10号") });
    expect(res.status).toBe(200);
    expect(res.body.minutes).toMatchObject({ number: "金府院纪〔2026〕10号", date: "2026-03-12" });
    expect(res.body.minutes.decisions).toEqual([
      { no: 1, text: "建立破产案件财产处置联动机制", lead: "县法院", co: ["县财政局"], days: 10, matter: null },
      { no: 2, text: "梳理涉企执行案件清单", lead: "县财政局", co: ["县科商经信局"], days: 15, matter: null },
      { no: 3, text: "完善府院联动信息共享平台", lead: "县科商经信局", co: [], days: 10, matter: null },
    ]);
  });

  it("refuses an unknown lead unit on its decision's row and column", async () => {
    const id = (await api("/api/v1/meetings", { method: "POST", token: t.office, json: meetingBody() })).body.id;
    const body = minutesBody("金府院纪〔2026〕11号");
    body.decisions[2]!.lead = "县不存在局";
    const res = await api(`/api/v1/meetings/${id}/minutes`, { method: "PUT", token: t.office, json: body });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ row: 2, column: "decisions.lead", code: "unknown_unit" })]);
  });
});

describe("POST /api/v1/meetings/:id/matters", () => {
  it("turns chosen decisions into matters linked both ways, with the meeting's source and the minutes and decision number", async () => {
    const id = await meetingWithMinutes(t.office, "金府院纪〔2026〕1号");
    const res = await api(`/api/v1/meetings/${id}/matters`, { method: "POST", token: t.office, json: { decisions: [1, 2], assigned: "2026-04-30" } });
    expect(res.status).toBe(201);
    const [first, second] = res.body.matters as { decision: number; matter: number }[];
    expect([first!.decision, second!.decision]).toEqual([1, 2]);
    const m2 = await api(`/api/v1/matters/${second!.matter}`, { token: t.office });
    expect(m2.body).toMatchObject({
      title: "梳理涉企执行案件清单",
      source: "会议纪要",
      sourceRef: "金府院纪〔2026〕1号第2项决定",
      lead: "县财政局",
      co: ["县科商经信局"],
      assigned: "2026-04-30",
      days: 15,
      status: "办理中",
      decision: { meeting: id, minutesNo: "金府院纪〔2026〕1号", no: 2 },
    });
    const decisions = res.body.meeting.minutes.decisions;
    expect(decisions[0].matter).toMatchObject({ id: first!.matter, status: "办理中", deadline: "2026-05-18" });
    expect(decisions[2].matter).toBeNull();
    // The lead unit sees its new matter.
    expect((await api(`/api/v1/matters/${second!.matter}`, { token: t.finance })).status).toBe(200);
  });

  it("shows the decision's matter state as it changes: settled on time turns it 按期办结", async () => {
    const id = await meetingWithMinutes(t.office, "金府院纪〔2026〕2号");
    const turned = await api(`/api/v1/meetings/${id}/matters`, { method: "POST", token: t.office, json: { decisions: [3], assigned: "2026-11-02" } });
    const matterId = turned.body.matters[0].matter;
    const settle = await api(`/api/v1/matters/${matterId}`, { method: "PATCH", token: t.office, json: { version: 1, settled: "2026-11-05", result: "平台已上线" } });
    expect(settle.status).toBe(200);
    const m = await api(`/api/v1/meetings/${id}`, { token: t.office });
    expect(m.body.minutes.decisions[2].matter).toMatchObject({ id: matterId, status: "已办结", state: "按期办结", colour: "green" });
  });

  it("uses 专题会议 as the source for a special meeting's decisions", async () => {
    const id = await meetingWithMinutes(t.office, "金府院专纪〔2026〕1号", { kind: "专题会议" });
    const res = await api(`/api/v1/meetings/${id}/matters`, { method: "POST", token: t.office, json: { decisions: [1], assigned: "2026-04-30" } });
    const m = await api(`/api/v1/matters/${res.body.matters[0].matter}`, { token: t.office });
    expect(m.body).toMatchObject({ source: "专题会议", sourceRef: "金府院专纪〔2026〕1号第1项决定" });
  });

  it("refuses a decision already turned into a matter (409 naming it) and writes nothing else of that call", async () => {
    const id = await meetingWithMinutes(t.office, "金府院纪〔2026〕3号");
    expect((await api(`/api/v1/meetings/${id}/matters`, { method: "POST", token: t.office, json: { decisions: [2], assigned: "2026-04-30" } })).status).toBe(201);
    const before = { matters: await matterCount(), log: (await db().select({ n: count() }).from(changeLog))[0]!.n };
    const res = await api(`/api/v1/meetings/${id}/matters`, { method: "POST", token: t.office, json: { decisions: [1, 2, 3], assigned: "2026-04-30" } });
    expect(res.status).toBe(409);
    expect(res.body.error.details).toEqual([{ row: 1, column: "decisions", code: "already_turned", message: expect.stringMatching(/^第2项决定已转为督办事项（编号 \d+）$/) }]);
    expect(await matterCount()).toBe(before.matters);
    expect((await db().select({ n: count() }).from(changeLog))[0]!.n).toBe(before.log);
    const rows = await db().select().from(meetingDecisions).where(eq(meetingDecisions.meetingId, id));
    expect(rows.filter((d) => d.matterId !== null).map((d) => d.no)).toEqual([2]);
  });

  it("lets only one of two simultaneous calls turn the same decision; the loser writes nothing", async () => {
    const id = await meetingWithMinutes(t.office, "金府院纪〔2026〕4号");
    const before = await matterCount();
    const call = () => api(`/api/v1/meetings/${id}/matters`, { method: "POST", token: t.office, json: { decisions: [1, 3], assigned: "2026-04-30" } });
    const results = await Promise.all([call(), call()]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await matterCount()).toBe(before + 2);
  });

  it("refuses a decision number the minutes do not have, and a unit (office only)", async () => {
    const id = await meetingWithMinutes(t.office, "金府院纪〔2026〕5号");
    const res = await api(`/api/v1/meetings/${id}/matters`, { method: "POST", token: t.office, json: { decisions: [1, 9], assigned: "2026-04-30" } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ row: 1, column: "decisions", code: "unknown_decision", message: "纪要中没有第9项决定" }]);
    expect((await api(`/api/v1/meetings/${id}/matters`, { method: "POST", token: t.court, json: { decisions: [1], assigned: "2026-04-30" } })).status).toBe(403);
  });

  it("refuses to change minutes once a decision has been turned into a matter", async () => {
    const id = await meetingWithMinutes(t.office, "金府院纪〔2026〕6号");
    await api(`/api/v1/meetings/${id}/matters`, { method: "POST", token: t.office, json: { decisions: [3], assigned: "2026-04-30" } });
    const res = await api(`/api/v1/meetings/${id}/minutes`, { method: "PUT", token: t.office, json: minutesBody("金府院纪〔2026〕6号") });
    expect(res.status).toBe(409);
    expect(res.body.error.details[0].message).toMatch(/^第3项决定已转为督办事项/);
  });
});

describe("PATCH /api/v1/meetings/:id", () => {
  it("corrects the place and date from the version read, logs it, and refuses a stale version and a unit", async () => {
    const id = (await api("/api/v1/meetings", { method: "POST", token: t.office, json: meetingBody() })).body.id;
    expect((await api(`/api/v1/meetings/${id}`, { method: "PATCH", token: t.court, json: { version: 1, place: "县法院" } })).status).toBe(403);
    const res = await api(`/api/v1/meetings/${id}`, { method: "PATCH", token: t.office, json: { version: 1, place: "县政府第二会议室", date: "2026-03-11" } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ place: "县政府第二会议室", date: "2026-03-11", convener: "县长 王某", version: 2 });
    const [log] = await db().select().from(changeLog).where(and(eq(changeLog.entity, "meetings"), eq(changeLog.entityId, String(id)), eq(changeLog.action, "update")));
    expect(log!.after).toEqual({ place: "县政府第二会议室", date: "2026-03-11" });
    const stale = await api(`/api/v1/meetings/${id}`, { method: "PATCH", token: t.office, json: { version: 1, convener: "副县长 李某" } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details).toEqual([expect.objectContaining({ column: "version", code: "stale" })]);
    expect((await api(`/api/v1/meetings/${id}`, { token: t.office })).body.convener).toBe("县长 王某");
  });

  it("refuses to change the kind once a decision is a matter, naming 会议类型", async () => {
    const id = await meetingWithMinutes(t.office, "金府院纪〔2026〕40号");
    await api(`/api/v1/meetings/${id}/matters`, { method: "POST", token: t.office, json: { decisions: [2], assigned: "2026-04-30" } });
    const version = (await api(`/api/v1/meetings/${id}`, { token: t.office })).body.version;
    const res = await api(`/api/v1/meetings/${id}`, { method: "PATCH", token: t.office, json: { version, kind: "专题会议" } });
    expect(res.status).toBe(409);
    expect(res.body.error.details).toEqual([{ row: null, column: "kind", code: "already_turned", message: "第2项决定已转为督办事项，会议类型不能再修改" }]);
  });
});

describe("the OpenAPI document", () => {
  it("documents the meetings and topics routes, their inputs refusing unknown fields", async () => {
    const res = await api("/api/v1/openapi.json");
    expect(res.status).toBe(200);
    const paths = res.body.paths;
    expect(Object.keys(paths["/api/v1/meetings"]).sort()).toEqual(["get", "post"]);
    expect(Object.keys(paths["/api/v1/meetings/{id}"]).sort()).toEqual(["get", "patch"]);
    expect(Object.keys(paths["/api/v1/meetings/{id}/attendance"])).toEqual(["put"]);
    expect(Object.keys(paths["/api/v1/meetings/{id}/minutes"]).sort()).toEqual(["delete", "put"]);
    expect(Object.keys(paths["/api/v1/meetings/{id}/matters"])).toEqual(["post"]);
    expect(Object.keys(paths["/api/v1/topics/{id}/decision"])).toEqual(["post"]);
    const schemas = res.body.components.schemas;
    for (const name of ["MeetingInput", "TopicInput", "TopicDecisionInput", "AttendanceInput", "MinutesInput", "TurnDecisionsInput"]) {
      expect([name, schemas[name].additionalProperties]).toEqual([name, false]);
    }
    expect(schemas.Matter.properties.decision).toBeDefined();
  });

  it("refuses an unknown field in a minutes decision on its row", async () => {
    const id = (await api("/api/v1/meetings", { method: "POST", token: t.office, json: meetingBody() })).body.id;
    const body = minutesBody("金府院纪〔2026〕30号");
    const res = await api(`/api/v1/meetings/${id}/minutes`, { method: "PUT", token: t.office, json: { ...body, decisions: [body.decisions[0], { ...body.decisions[1], matter: 5 }] } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ row: 1, column: "decisions.matter", code: "unknown_field", message: "不能提交字段 matter" }]);
  });
});
