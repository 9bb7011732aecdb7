import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { changeLog, researchApprovals } from "../../schema/tables";
import { api, db, tokenFor } from "./helpers";
import { researchApprovalsOnTime } from "../../worker/research/research-figures";

let office: string;
let leader: string;
let court: string;
let finance: string;
let tax: string;
beforeAll(async () => {
  office = await tokenFor("office");
  leader = await tokenFor("leader");
  court = await tokenFor("unit", "县法院");
  finance = await tokenFor("unit", "县财政局");
  tax = await tokenFor("unit", "县税务局");
});

const body = (over: Record<string, unknown> = {}) => ({
  topic: "破产案件府院协调中的共性问题",
  units: ["县法院", "县财政局"],
  lead: "县法院",
  draft: { kind: "调研报告", title: "关于破产案件府院协调机制的调研报告", text: "一、基本情况……" },
  ...over,
});
const create = async (over: Record<string, unknown> = {}, today?: string) => {
  const res = await api("/api/v1/research", { method: "POST", token: office, json: body(over), today });
  expect(res.status).toBe(201);
  return res.body;
};
const answer = (id: number, token: string, json: unknown, today?: string) => api(`/api/v1/research/${id}/approvals`, { method: "POST", token, json, today });
const issue = (id: number, docNo = "金府院发〔2026〕1号", token = office) => api(`/api/v1/research/${id}/issue`, { method: "POST", token, json: { docNo } });

describe("joint research (联合调研, 四(二))", () => {
  it("starts an item with the office among the units, the lead, and the first draft due in 10 working days", async () => {
    const r = await create();
    expect(r).toMatchObject({
      topic: "破产案件府院协调中的共性问题",
      lead: "县法院",
      units: ["办公室", "县法院", "县财政局"],
      status: "调研中",
      docNo: null,
      draft: { version: 1, kind: "调研报告", on: "2026-12-01", approvalsDue: "2026-12-15", provisional: false },
      pending: ["办公室", "县法院", "县财政局"],
    });
    expect(r.approvals).toEqual([
      { unit: "办公室", decision: null, opinion: null, on: null, onTime: null },
      { unit: "县法院", decision: null, opinion: null, on: null, onTime: null },
      { unit: "县财政局", decision: null, opinion: null, on: null, onTime: null },
    ]);
  });

  it("refuses an unknown unit, a group and a unit written twice, each named, and writes nothing", async () => {
    const res = await api("/api/v1/research", { method: "POST", token: office, json: body({ units: ["县法院", "县无此局", "各成员单位", "县法院"], lead: "县某局" }) });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { column: string; message: string }) => `${d.column}: ${d.message}`)).toEqual([
      "units: 参与单位「县无此局」不在单位名录中",
      "units: 参与单位「各成员单位」是单位集合，请写具体单位",
      "units: 参与单位「县法院」重复填写",
      "lead: 牵头单位「县某局」不在单位名录中",
    ]);
    const list = await api("/api/v1/research", { token: office });
    expect(list.body.research.some((r: { topic: string; units: string[] }) => r.units.includes("县无此局"))).toBe(false);
  });

  it("refuses a draft with neither text nor attachment, and a 不同意 without an opinion", async () => {
    const res = await api("/api/v1/research", { method: "POST", token: office, json: body({ draft: { kind: "规范性文件", title: "办法" } }) });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ column: "draft.text", message: "请填写文稿内容，或附件位置 attachment" });
    const r = await create({ draft: { kind: "规范性文件", title: "府院联动协调办法", attachment: "府院联动协调办法（征求意见稿）.docx" } });
    expect(r.draft).toMatchObject({ kind: "规范性文件", text: null, attachment: "府院联动协调办法（征求意见稿）.docx" });
    const no = await answer(r.id, finance, { decision: "不同意" });
    expect(no.status).toBe(422);
    expect(no.body.error.details[0]).toMatchObject({ column: "opinion", message: "不同意时请填写意见" });
  });

  it("refuses issuance while one unit has not approved, naming it, and issues once it has", async () => {
    const r = await create();
    expect((await answer(r.id, office, { decision: "同意" })).status).toBe(200);
    expect((await answer(r.id, court, { decision: "同意", opinion: "无意见" })).status).toBe(200);
    const refused = await issue(r.id);
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([{ row: null, column: "approvals", code: "not_approved", message: "县财政局尚未审定当前文稿（第 1 稿）" }]);
    expect((await api(`/api/v1/research/${r.id}`, { token: office })).body).toMatchObject({ status: "调研中", docNo: null, pending: ["县财政局"] });

    const ok = await answer(r.id, finance, { decision: "同意" });
    expect(ok.body.pending).toEqual([]);
    const issued = await issue(r.id);
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({ status: "已发文", docNo: "金府院发〔2026〕1号", issuedOn: "2026-12-01" });
    const seen = await api(`/api/v1/research/${r.id}`, { token: finance });
    expect(seen.body).toMatchObject({ status: "已发文", docNo: "金府院发〔2026〕1号" });
  });

  it("names every unit that has not approved, one detail each, including one that said 不同意", async () => {
    const r = await create();
    await answer(r.id, finance, { decision: "不同意", opinion: "第三部分数据需核实" });
    const refused = await issue(r.id);
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.map((d: { message: string }) => d.message)).toEqual([
      "办公室尚未审定当前文稿（第 1 稿）",
      "县法院尚未审定当前文稿（第 1 稿）",
      "县财政局不同意当前文稿（第 1 稿）",
    ]);
  });

  it("refuses an approval from a unit not involved as if the item did not exist, and writes nothing", async () => {
    const r = await create();
    const res = await answer(r.id, tax, { decision: "同意" });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe(`没有编号为 ${r.id} 的联合调研`);
    const missing = await answer(999999, tax, { decision: "同意" });
    expect([missing.status, missing.body.error.code]).toEqual([404, res.body.error.code]);
    const rows = await db().select().from(researchApprovals).where(eq(researchApprovals.researchId, r.id));
    expect(rows).toEqual([]);
    expect((await api("/api/v1/research", { token: tax })).body.research.some((x: { id: number }) => x.id === r.id)).toBe(false);
  });

  it("refuses an approval from a leader and issuance by a unit", async () => {
    const r = await create();
    expect((await answer(r.id, leader, { decision: "同意" })).status).toBe(403);
    const byUnit = await issue(r.id, "金府院发〔2026〕9号", court);
    expect(byUnit.status).toBe(403);
    expect(byUnit.body.error.message).toBe("此操作仅限办公室");
  });

  it("starts every approval again on a new draft version, from the lead unit, with a new limit", async () => {
    const r = await create();
    for (const t of [office, court, finance]) await answer(r.id, t, { decision: "同意" });
    const before = (await api(`/api/v1/research/${r.id}`, { token: office })).body;
    const notLead = await api(`/api/v1/research/${r.id}/draft`, { method: "PUT", token: finance, json: { version: before.version, kind: "调研报告", title: "二稿", text: "……" } });
    expect(notLead.status).toBe(403);
    expect(notLead.body.error.message).toBe("只有牵头单位或办公室可以提交新的文稿");
    const v2 = await api(`/api/v1/research/${r.id}/draft`, { method: "PUT", token: court, today: "2026-12-04", json: { version: before.version, kind: "调研报告", title: "二稿", text: "修改后……" } });
    expect(v2.status).toBe(200);
    expect(v2.body.draft).toMatchObject({ version: 2, title: "二稿", on: "2026-12-04", approvalsDue: "2026-12-18" });
    expect(v2.body.pending).toEqual(["办公室", "县法院", "县财政局"]);
    expect((await issue(r.id)).status).toBe(422);
    // An answer to the replaced draft is refused, naming the versions.
    const stale = await answer(r.id, finance, { decision: "同意", draftVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details[0]).toMatchObject({ column: "draftVersion", code: "stale" });
    // A draft from a stale version is refused too.
    const staleDraft = await api(`/api/v1/research/${r.id}/draft`, { method: "PUT", token: office, json: { version: before.version, kind: "调研报告", title: "三稿", text: "……" } });
    expect(staleDraft.status).toBe(409);
  });

  it("refuses approvals, drafts and a second issuance once issued (409 naming the document number)", async () => {
    const r = await create();
    for (const t of [office, court, finance]) await answer(r.id, t, { decision: "同意" });
    const issued = (await issue(r.id, "金府院发〔2026〕2号")).body;
    const late = await answer(r.id, finance, { decision: "不同意", opinion: "再议" });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toBe("该联合调研已联合发文（金府院发〔2026〕2号），不能再修改");
    const draft = await api(`/api/v1/research/${r.id}/draft`, { method: "PUT", token: office, json: { version: issued.version, kind: "调研报告", title: "新稿", text: "……" } });
    expect(draft.status).toBe(409);
    expect((await issue(r.id, "金府院发〔2026〕3号")).status).toBe(409);
    expect((await api(`/api/v1/research/${r.id}`, { token: office })).body.docNo).toBe("金府院发〔2026〕2号");
  });

  it("records who answered and when in the change log", async () => {
    const r = await create();
    await answer(r.id, finance, { decision: "同意" });
    const log = await db().select().from(changeLog).where(and(eq(changeLog.entity, "research"), eq(changeLog.entityId, String(r.id))));
    expect(log.map((l) => [l.action, l.actor])).toEqual([["insert", "office"], ["approval", "unit:县财政局"]]);
  });
});

describe("research approvals given on time (figure for the assessment)", () => {
  it("counts each unit's answers by the draft's due day, and a draft left unanswered past it as late", async () => {
    const r = await create({ units: ["县税务局", "县财政局"], lead: "办公室" }, "2027-03-01");
    expect(r.draft.approvalsDue).toBe("2027-03-15");
    await answer(r.id, tax, { decision: "同意" }, "2027-03-15");
    await answer(r.id, finance, { decision: "不同意", opinion: "需补充" }, "2027-03-16");
    await answer(r.id, finance, { decision: "同意" }, "2027-03-17");
    const figures = await researchApprovalsOnTime(db(), 2027, "2027-03-20");
    expect(figures).toEqual([
      { unit: "办公室", due: 1, onTime: 0, rate: 0 },
      { unit: "县财政局", due: 1, onTime: 0, rate: 0 },
      { unit: "县税务局", due: 1, onTime: 1, rate: 1 },
    ]);
    // Before the due day the office, which has not answered, is not judged yet; answers given are.
    expect((await researchApprovalsOnTime(db(), 2027, "2027-03-15")).map((f) => f.unit)).toEqual(["县财政局", "县税务局"]);
  });
});
