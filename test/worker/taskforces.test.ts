import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { matters, taskforceLog } from "../../schema/tables";
import { api, db, tokenFor } from "./helpers";

let office: string;
let leader: string;
let court: string;
let econ: string;
let finance: string;
let tax: string;
let judge: number;
let official: number;
beforeAll(async () => {
  office = await tokenFor("office");
  leader = await tokenFor("leader");
  court = await tokenFor("unit", "县法院");
  econ = await tokenFor("unit", "县科商经信局");
  finance = await tokenFor("unit", "县财政局");
  tax = await tokenFor("unit", "县税务局");
  const add = async (json: unknown) => (await api("/api/v1/people", { method: "POST", token: office, json })).body.id as number;
  judge = await add({ name: "陈法官", unit: "县法院", post: "执行员" });
  official = await add({ name: "周科长", unit: "县财政局", post: "执行员" });
});

let seq = 0;
const body = (over: Record<string, unknown> = {}) => ({
  name: `某企业破产重整工作专班${++seq}`,
  serves: "某企业破产重整案",
  members: [
    { person: official, side: "政府", role: "组长" },
    { person: judge, side: "法院", role: "成员" },
  ],
  ...over,
});
const create = async (over: Record<string, unknown> = {}) => {
  const res = await api("/api/v1/taskforces", { method: "POST", token: office, json: body(over) });
  expect(res.status).toBe(201);
  return res.body;
};
const matterBody = { title: "协调处置抵押资产", lead: "县科商经信局", co: ["县税务局"], assigned: "2026-12-01" };
const log = (id: number, token: string, json: unknown = { date: "2026-12-01", kind: "会议", text: "召开专班第一次会议" }) =>
  api(`/api/v1/taskforces/${id}/log`, { method: "POST", token, json });

describe("task forces (专班, 四(三))", () => {
  it("sets up a task force with members from both sides, running", async () => {
    const t = await create();
    expect(t).toMatchObject({ serves: "某企业破产重整案", matter: null, status: "运行中", endedOn: null, matters: [], log: [] });
    expect(t.members).toEqual([
      { person: official, name: "周科长", unit: "县财政局", side: "政府", role: "组长" },
      { person: judge, name: "陈法官", unit: "县法院", side: "法院", role: "成员" },
    ]);
  });

  it("refuses a task force without a court-side member or a 组长, and unknown people, each named", async () => {
    const oneSide = await api("/api/v1/taskforces", { method: "POST", token: office, json: body({ members: [{ person: official, side: "政府", role: "成员" }] }) });
    expect(oneSide.status).toBe(422);
    expect(oneSide.body.error.details.map((d: { message: string }) => d.message)).toEqual(["专班由县政府与县法院联合成立，请填写法院方成员", "请指定专班组长"]);
    const unknown = await api("/api/v1/taskforces", {
      method: "POST",
      token: office,
      json: body({ members: [{ person: 999999, side: "政府", role: "组长" }, { person: judge, side: "法院", role: "成员" }, { person: judge, side: "法院", role: "成员" }] }),
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details).toEqual([
      { row: 1, column: "person", code: "unknown_person", message: "第 1 位成员：没有编号为 999999 的人员" },
      { row: 3, column: "person", code: "duplicate", message: `第 3 位成员：人员 ${judge} 重复填写` },
    ]);
    expect((await api("/api/v1/taskforces", { method: "POST", token: finance, json: body() })).status).toBe(403);
  });

  it("hands out a matter with source 专班 and the task force's name, deadline from the matters' own rule, linked with its state", async () => {
    const t = await create();
    const res = await api(`/api/v1/taskforces/${t.id}/matters`, { method: "POST", token: office, json: matterBody });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ source: "专班", sourceRef: t.name, lead: "县科商经信局", co: ["县税务局"], deadline: "2026-12-15", status: "办理中" });
    const again = (await api(`/api/v1/taskforces/${t.id}`, { token: office })).body;
    expect(again.matters).toEqual([
      { id: res.body.id, title: "协调处置抵押资产", lead: "县科商经信局", deadline: "2026-12-15", status: "办理中", state: "正常", colour: "green", settled: null, served: false },
    ]);
    expect((await api(`/api/v1/matters/${res.body.id}`, { token: econ })).body.sourceRef).toBe(t.name);
  });

  it("shows a task force to units of its members and of its matters, and hides it from others", async () => {
    const t = await create();
    await api(`/api/v1/taskforces/${t.id}/matters`, { method: "POST", token: office, json: matterBody });
    for (const token of [court, finance, econ, tax, leader]) {
      expect((await api(`/api/v1/taskforces/${t.id}`, { token })).status).toBe(200);
      expect((await api("/api/v1/taskforces", { token })).body.taskforces.map((x: { id: number }) => x.id)).toContain(t.id);
    }
    const outsider = await tokenFor("unit", "县教育局");
    expect((await api(`/api/v1/taskforces/${t.id}`, { token: outsider })).status).toBe(404);
    expect((await api("/api/v1/taskforces", { token: outsider })).body.taskforces.map((x: { id: number }) => x.id)).not.toContain(t.id);
  });

  it("keeps a log from the office and the members' units; a unit only on a matter may read it but not write", async () => {
    const t = await create();
    await api(`/api/v1/taskforces/${t.id}/matters`, { method: "POST", token: office, json: matterBody });
    expect((await log(t.id, office)).status).toBe(201);
    const byMember = await log(t.id, court, { date: "2026-12-02", kind: "行动", text: "赴企业现场核查资产" });
    expect(byMember.status).toBe(201);
    expect(byMember.body.log.map((l: { on: string; kind: string; text: string }) => [l.on, l.kind, l.text])).toEqual([
      ["2026-12-01", "会议", "召开专班第一次会议"],
      ["2026-12-02", "行动", "赴企业现场核查资产"],
    ]);
    const byServed = await log(t.id, tax);
    expect(byServed.status).toBe(403);
    expect(byServed.body.error.message).toBe("只有专班成员所在单位可以记录专班工作");
    expect((await log(t.id, leader)).status).toBe(403);
  });

  it("links the matter it serves, with its state", async () => {
    const m = await api("/api/v1/matters", { method: "POST", token: office, json: { title: "某企业职工安置", source: "其他", lead: "县人社局", assigned: "2026-11-02" } });
    const t = await create({ matter: m.body.id, serves: "某企业职工安置" });
    expect(t.matters).toEqual([expect.objectContaining({ id: m.body.id, served: true, state: "逾期", colour: "red" })]);
    const unknown = await api("/api/v1/taskforces", { method: "POST", token: office, json: body({ matter: 999999 }) });
    expect(unknown.body.error.details).toEqual([{ row: null, column: "matter", code: "unknown_matter", message: "没有编号为 999999 的事项" }]);
  });

  it("ends a task force; then new log entries and matters are refused and nothing is written", async () => {
    const t = await create();
    const ended = await api(`/api/v1/taskforces/${t.id}/end`, { method: "POST", token: office, json: { version: t.version, note: "重整计划已执行完毕" } });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ status: "已结束", endedOn: "2026-12-01", endNote: "重整计划已执行完毕" });
    const message = `专班「${t.name}」已于 2026-12-01 结束，不能再记录或交办事项`;
    const late = await log(t.id, court);
    expect(late.status).toBe(409);
    expect(late.body.error.details).toEqual([{ row: null, column: "status", code: "ended", message }]);
    const before = await db().select().from(matters);
    const matter = await api(`/api/v1/taskforces/${t.id}/matters`, { method: "POST", token: office, json: matterBody });
    expect(matter.status).toBe(409);
    expect(matter.body.error.message).toBe(message);
    expect((await db().select().from(matters)).length).toBe(before.length);
    expect(await db().select().from(taskforceLog).where(eq(taskforceLog.taskforceId, t.id))).toEqual([]);
    expect((await api(`/api/v1/taskforces/${t.id}/end`, { method: "POST", token: office, json: { version: ended.body.version } })).status).toBe(409);
  });

  it("refuses a bare matter with source 专班 (422 on source, nothing written): it is handed out under its task force", async () => {
    const before = (await db().select().from(matters)).length;
    const bare = await api("/api/v1/matters", { method: "POST", token: office, json: { ...matterBody, source: "专班", sourceRef: "某企业破产重整工作专班1" } });
    expect(bare.status).toBe(422);
    expect(bare.body.error.details).toEqual([
      { row: null, column: "source", code: "taskforce_only", message: "来源为专班的事项请在该专班下交办（专班交办事项），以便关联到专班并注明专班名称" },
    ]);
    expect((await db().select().from(matters)).length).toBe(before);
    // Other sources are created as before, their reference as typed.
    const minutes = await api("/api/v1/matters", { method: "POST", token: office, json: { ...matterBody, source: "会议纪要", sourceRef: "金府院纪〔2026〕9号" } });
    expect(minutes.status).toBe(201);
    expect(minutes.body).toMatchObject({ source: "会议纪要", sourceRef: "金府院纪〔2026〕9号" });
  });

  it("refuses a correction into source 专班, and of a task force's matter's source or reference", async () => {
    const other = (await api("/api/v1/matters", { method: "POST", token: office, json: { ...matterBody, source: "其他" } })).body;
    const into = await api(`/api/v1/matters/${other.id}`, { method: "PATCH", token: office, json: { version: other.version, source: "专班", reason: "改为专班交办" } });
    expect(into.status).toBe(422);
    expect(into.body.error.details).toEqual([expect.objectContaining({ column: "source", code: "taskforce_only" })]);
    const t = await create();
    const handed = (await api(`/api/v1/taskforces/${t.id}/matters`, { method: "POST", token: office, json: matterBody })).body;
    const renamed = await api(`/api/v1/matters/${handed.id}`, { method: "PATCH", token: office, json: { version: handed.version, sourceRef: "另一个专班", source: "其他", reason: "更正来源" } });
    expect(renamed.status).toBe(422);
    const message = `该事项由专班「${t.name}」交办，来源和来源文号不能更正`;
    expect(renamed.body.error.details).toEqual([
      { row: null, column: "source", code: "taskforce_matter", message },
      { row: null, column: "sourceRef", code: "taskforce_matter", message },
    ]);
    const [stored] = await db().select().from(matters).where(eq(matters.id, handed.id));
    expect(stored).toMatchObject({ source: "专班", sourceRef: t.name, version: 1 });
    // Its other fields are corrected as any matter's.
    const title = await api(`/api/v1/matters/${handed.id}`, { method: "PATCH", token: office, json: { version: handed.version, title: "协调处置抵押资产及债权", reason: "补全事项名称" } });
    expect(title.status).toBe(200);
  });

  it("refuses a second task force of the same name (409)", async () => {
    const t = await create();
    const again = await api("/api/v1/taskforces", { method: "POST", token: office, json: body({ name: t.name }) });
    expect(again.status).toBe(409);
    expect(again.body.error.details[0]).toMatchObject({ column: "name", code: "duplicate" });
  });
});
