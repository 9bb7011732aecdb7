import { beforeAll, describe, expect, it } from "vitest";
import { api } from "../helpers";
import { callers } from "../matters-fixtures";
import { meetingBody } from "./meetings-fixtures";

let t: Awaited<ReturnType<typeof callers>>;
let meeting: number;
beforeAll(async () => {
  t = await callers();
  meeting = (await api("/api/v1/meetings", { method: "POST", token: t.office, json: meetingBody({ kind: "专题会议" }) })).body.id;
});

const propose = (token: string, json: unknown) => api("/api/v1/topics", { method: "POST", token, json });
const ids = (res: { body: { topics: { id: number }[] } }) => res.body.topics.map((x) => x.id);

describe("topics (议题)", () => {
  it("accepts a topic from a unit for a meeting it is not invited to, as a proposal waiting for the office", async () => {
    const res = await propose(t.tax, { title: "涉税执行案件协作", description: "建议研究涉税财产处置协作机制", meeting });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ proposer: "县税务局", meeting, status: "待处理", reason: null });
  });

  it("lets the office put a topic on the agenda; invited units then see it, other units still do not", async () => {
    const topic = (await propose(t.tax, { title: "企业破产重整协调", description: "说明", meeting })).body.id;
    expect(ids(await api("/api/v1/topics", { token: t.court }))).not.toContain(topic);
    const res = await api(`/api/v1/topics/${topic}/decision`, { method: "POST", token: t.office, json: { decision: "列入议程" } });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("列入议程");
    expect(ids(await api("/api/v1/topics", { token: t.court }))).toContain(topic);
    expect(ids(await api("/api/v1/topics", { token: t.tax }))).toContain(topic);
    const m = await api(`/api/v1/meetings/${meeting}`, { token: t.court });
    expect(m.body.agenda.map((x: { id: number }) => x.id)).toContain(topic);
  });

  it("hides a waiting topic from units other than its proposer", async () => {
    const topic = (await propose(t.finance, { title: "财政资金保障", description: "说明" })).body.id;
    expect(ids(await api("/api/v1/topics", { token: t.finance }))).toContain(topic);
    expect(ids(await api("/api/v1/topics", { token: t.econ }))).not.toContain(topic);
    expect(ids(await api("/api/v1/topics", { token: t.office }))).toContain(topic);
  });

  it("requires a reason to decline, and refuses a second decision", async () => {
    const topic = (await propose(t.court, { title: "司法建议落实", description: "说明" })).body.id;
    const noReason = await api(`/api/v1/topics/${topic}/decision`, { method: "POST", token: t.office, json: { decision: "不予采纳" } });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.details).toEqual([expect.objectContaining({ row: null, column: "reason", message: "不予采纳时请填写理由" })]);
    const declined = await api(`/api/v1/topics/${topic}/decision`, { method: "POST", token: t.office, json: { decision: "不予采纳", reason: "已在其他机制中解决" } });
    expect(declined.body).toMatchObject({ status: "不予采纳", reason: "已在其他机制中解决" });
    const again = await api(`/api/v1/topics/${topic}/decision`, { method: "POST", token: t.office, json: { decision: "列入议程", meeting } });
    expect(again.status).toBe(409);
  });

  it("asks which meeting when a topic proposed for none goes on an agenda", async () => {
    const topic = (await propose(t.court, { title: "执行联动", description: "说明" })).body.id;
    const res = await api(`/api/v1/topics/${topic}/decision`, { method: "POST", token: t.office, json: { decision: "列入议程" } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ column: "meeting" })]);
  });

  it("keeps proposing to units and deciding to the office", async () => {
    expect((await propose(t.office, { title: "甲", description: "乙" })).status).toBe(403);
    expect((await propose(t.leader, { title: "甲", description: "乙" })).status).toBe(403);
    const topic = (await propose(t.court, { title: "丙", description: "丁" })).body.id;
    expect((await api(`/api/v1/topics/${topic}/decision`, { method: "POST", token: t.court, json: { decision: "列入议程", meeting } })).status).toBe(403);
  });
});
