import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chinaToday } from "../../../domain/calendar/china-today";
import { REFUSAL_FILL } from "../../../addin/workbook/layouts";
import { queryD1, startLocalWorker, tokensFor, type LocalWorker } from "../browser/harness";
import { joined, openSession, type Session } from "./registers-sync";

// The register sheets as the office, the court and an addressee use them: rows typed on the sheet,
// pushed with 提交修改 / 提交本单位数据, stored in the real worker's D1, refusals marked on the
// cells the server names, and nothing typed lost on a pull.

let worker: LocalWorker;
let tokens: Record<"office" | "court" | "market" | "commerce", string>;

beforeAll(async () => {
  worker = await startLocalWorker();
});
// Fresh tokens for every test: the office pulls the whole ledger several times a test, and one token
// kept for the file spent its read budget (120 requests in 10 s) by the eighth test, which then
// waited out a 429 for ten seconds.
beforeEach(async () => {
  tokens = await tokensFor(worker, {
    office: { role: "office" },
    court: { role: "unit", unit: "县法院" },
    market: { role: "unit", unit: "县市场监管局" },
    commerce: { role: "unit", unit: "县科商经信局" },
  });
});
afterAll(async () => {
  await worker?.stop();
});

const daysAgo = (n: number) => new Date(Date.parse(`${chinaToday(new Date())}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
/** Types a whole hearing into a blank row of 出庭应诉; returns the row. */
function typeHearing(s: Session, caseNo: string, agency: string): number {
  const row = s.rowOf("hearings");
  s.type("hearings", row, "caseNo", caseNo);
  s.type("hearings", row, "court", "金寨县人民法院");
  s.type("hearings", row, "hearingOn", "2026-11-10");
  s.type("hearings", row, "agency", agency);
  s.type("hearings", row, "headRequired", "是");
  s.type("hearings", row, "appeared", "仅工作人员");
  return row;
}

describe("出庭应诉 on the sheet", () => {
  it("marks an unknown agency on its cell, keeps the row as typed, and stores it once corrected", async () => {
    const s = await openSession(worker.origin, tokens.office, "all");
    await s.pull();
    const row = typeHearing(s, "（2026）皖1524行初201号", "县火星局");
    const first = await s.push();

    expect(s.value("hearings", row, "remark")).toBe("未知单位：县火星局");
    expect(s.fill("hearings", row, "agency")).toBe(REFUSAL_FILL);
    expect(s.value("hearings", row, "caseNo")).toBe("（2026）皖1524行初201号");
    expect(s.value("hearings", row, "id")).toBe("");
    expect(joined(first)).toContain("“出庭应诉”：1 行被服务器退回");
    expect(await queryD1(worker, sql`select id from hearings where case_no = '（2026）皖1524行初201号'`)).toEqual([]);

    s.type("hearings", row, "agency", "县自然资源局");
    s.sent.length = 0;
    const second = await s.push();
    expect(joined(second)).toContain("“出庭应诉”：已保存 1 行");
    expect(s.sent).toHaveLength(1);
    expect(s.sent[0]).toMatchObject({ method: "POST", path: "/api/v1/hearings", body: { agency: "县自然资源局", headRequired: true, appeared: "仅工作人员" } });
    const [stored] = await queryD1<{ id: number; appeared: string }>(worker, sql`select id, appeared from hearings where case_no = '（2026）皖1524行初201号'`);
    expect(stored!.appeared).toBe("仅工作人员");
    const now = s.rowOf("hearings", stored!.id);
    expect(now).toBe(row);
    expect(s.value("hearings", row, "remark")).toBe("");
    expect(s.fill("hearings", row, "agency")).toBeNull();
    expect(s.value("hearings", row, "missed")).toBe("是");
    expect(s.value("hearings", row, "version")).toBe(1);
  });

  it("sends only the corrected row, as a PATCH of its changed cells with the version read", async () => {
    const s = await openSession(worker.origin, tokens.court, "own");
    await s.pull();
    typeHearing(s, "（2026）皖1524行初202号", "县住建局");
    const other = typeHearing(s, "（2026）皖1524行初203号", "县住建局");
    await s.push();
    const [h] = await queryD1<{ id: number }>(worker, sql`select id from hearings where case_no = '（2026）皖1524行初203号'`);
    const row = s.rowOf("hearings", h!.id);
    expect(row).toBe(other);

    s.type("hearings", row, "appeared", "负责人");
    s.type("hearings", row, "headSpoke", "是");
    s.sent.length = 0;
    const lines = await s.push();
    expect(joined(lines)).toContain("“出庭应诉”：已保存 1 行");
    expect(s.sent).toEqual([{ method: "PATCH", path: `/api/v1/hearings/${h!.id}`, body: { version: 1, appeared: "负责人", headSpoke: true } }]);
    expect(s.value("hearings", row, "missed")).toBe("否");
    expect(s.value("hearings", row, "version")).toBe(2);
  });

  it("keeps a typed correction through a pull, and pushes it afterwards", async () => {
    const s = await openSession(worker.origin, tokens.office, "all");
    await s.pull();
    const row = typeHearing(s, "（2026）皖1524行初204号", "县住建局");
    await s.push();
    s.type("hearings", row, "note", "庭审中负责人委托副职出庭");
    const pulled = await s.pull("merge");
    expect(joined(pulled)).toContain("“出庭应诉”：保留了 1 行未提交的修改");
    const [h] = await queryD1<{ id: number }>(worker, sql`select id from hearings where case_no = '（2026）皖1524行初204号'`);
    const after = s.rowOf("hearings", h!.id);
    expect(s.value("hearings", after, "note")).toBe("庭审中负责人委托副职出庭");
    s.sent.length = 0;
    await s.push();
    expect(s.sent).toEqual([{ method: "PATCH", path: `/api/v1/hearings/${h!.id}`, body: { version: 1, note: "庭审中负责人委托副职出庭" } }]);
    expect(await queryD1(worker, sql`select note from hearings where id = ${h!.id}`)).toEqual([{ note: "庭审中负责人委托副职出庭" }]);
  });
});

describe("出庭应诉 when others wrote meanwhile", () => {
  it("keeps a new row typed and not yet submitted through a pull", async () => {
    const s = await openSession(worker.origin, tokens.office, "all");
    await s.pull();
    const row = typeHearing(s, "（2026）皖1524行初205号", "县住建局");
    const lines = await s.pull("merge");
    expect(joined(lines)).toContain("“出庭应诉”：保留了 1 行未提交的修改");
    expect(s.value("hearings", row, "caseNo")).toBe("（2026）皖1524行初205号");
    expect(s.value("hearings", row, "agency")).toBe("县住建局");
    expect(s.value("hearings", row, "id")).toBe("");
  });

  it("puts both versions on 冲突 when the court corrected the row since the pull, and keeps the office's text", async () => {
    const court = await openSession(worker.origin, tokens.court, "own");
    await court.pull();
    typeHearing(court, "（2026）皖1524行初206号", "县住建局");
    await court.push();
    const [h] = await queryD1<{ id: number }>(worker, sql`select id from hearings where case_no = '（2026）皖1524行初206号'`);

    const office = await openSession(worker.origin, tokens.office, "all");
    await office.pull();
    const row = office.rowOf("hearings", h!.id);
    office.type("hearings", row, "note", "办公室核实：未出庭");

    const again = await openSession(worker.origin, tokens.court, "own");
    await again.pull();
    again.type("hearings", again.rowOf("hearings", h!.id), "note", "法院更正：开庭延期");
    await again.push();

    // Back to the office's workbook, as reopened: the snapshot is read from the file.
    office.activate();
    const lines = await office.push();
    expect(joined(lines)).toContain("“出庭应诉”：1 行已被他人修改，双方内容已并列写入“冲突”表");
    expect(office.value("hearings", row, "note")).toBe("办公室核实：未出庭");
    expect(office.wb.sheets.has("冲突")).toBe(true);
    expect(await queryD1(worker, sql`select note from hearings where id = ${h!.id}`)).toEqual([{ note: "法院更正：开庭延期" }]);
  });
});

describe("司法建议 on the sheet", () => {
  it("is issued by the court and replied by the addressee on its own row; a 未采纳 without reason is refused on 未采纳理由", async () => {
    const court = await openSession(worker.origin, tokens.court, "own");
    await court.pull();
    const row = court.rowOf("suggestions");
    court.type("suggestions", row, "no", "（2026）皖1524司建301号");
    // Issued ten days ago with 60 days to reply: waiting; the reply today is on time.
    court.type("suggestions", row, "issuedOn", daysAgo(10));
    court.type("suggestions", row, "addressee", "县市场监管局");
    court.type("suggestions", row, "subject", "食品经营许可审查存在漏洞");
    court.type("suggestions", row, "kind", "监管漏洞");
    court.type("suggestions", row, "replyDays", 60);
    expect(joined(await court.push())).toContain("“司法建议”：已保存 1 行");
    const [s] = await queryD1<{ id: number }>(worker, sql`select id from suggestions where no = '（2026）皖1524司建301号'`);
    expect(court.value("suggestions", court.rowOf("suggestions", s!.id), "replyState")).toBe("待回复");

    const market = await openSession(worker.origin, tokens.market, "own");
    await market.pull();
    const mine = market.rowOf("suggestions", s!.id);
    expect(mine).toBeGreaterThanOrEqual(0);
    market.type("suggestions", mine, "repliedOn", daysAgo(0));
    market.type("suggestions", mine, "adoption", "未采纳");
    market.type("suggestions", mine, "reply", "该项审查已有规定");
    await market.push();
    expect(market.value("suggestions", mine, "remark")).toBe("未采纳的，请填写理由");
    expect(market.fill("suggestions", mine, "reason")).toBe(REFUSAL_FILL);

    market.type("suggestions", mine, "reason", "现行规定已覆盖该环节");
    market.sent.length = 0;
    expect(joined(await market.push())).toContain("“司法建议”：已保存 1 行");
    expect(market.sent).toEqual([
      { method: "POST", path: `/api/v1/suggestions/${s!.id}/reply`, body: { version: 1, repliedOn: daysAgo(0), adoption: "未采纳", reply: "该项审查已有规定", reason: "现行规定已覆盖该环节" } },
    ]);
    expect(market.value("suggestions", mine, "replyState")).toBe("按期回复");
    expect(market.value("suggestions", mine, "remark")).toBe("");
  });

  it("refuses a unit that edits the court's columns, on the row", async () => {
    const court = await openSession(worker.origin, tokens.office, "all");
    await court.pull();
    const row = court.rowOf("suggestions");
    for (const [k, v] of [["no", "（2026）皖1524司建302号"], ["issuedOn", "2026-11-03"], ["addressee", "县市场监管局"], ["subject", "抽检程序不规范"], ["kind", "其他"]] as const) court.type("suggestions", row, k, v);
    await court.push();
    const market = await openSession(worker.origin, tokens.market, "own");
    await market.pull();
    const [s] = await queryD1<{ id: number }>(worker, sql`select id from suggestions where no = '（2026）皖1524司建302号'`);
    const mine = market.rowOf("suggestions", s!.id);
    market.type("suggestions", mine, "subject", "改写的事由");
    const lines = await market.push();
    expect(joined(lines)).toContain("1 行没有权限提交");
    expect(market.value("suggestions", mine, "remark")).toBe("司法建议由县法院或办公室录入");
    expect(market.value("suggestions", mine, "subject")).toBe("改写的事由");
  });
});

describe("信访风险评估 and 危困企业名册 on the sheet", () => {
  it("lets the office enter a case, correct it and add an action to its record", async () => {
    const s = await openSession(worker.origin, tokens.office, "all");
    await s.pull();
    const row = s.rowOf("petitionRisks");
    for (const [k, v] of [["caseNo", "（2026）皖1524行初401号"], ["agency", "县自然资源局"], ["grade", "中"], ["assessedOn", "2026-11-05"], ["plan", "判后答疑"], ["liaison", "张某"]] as const) s.type("petitionRisks", row, k, v);
    expect(joined(await s.push())).toContain("“信访风险评估”：已保存 1 行");
    const [r] = await queryD1<{ id: number }>(worker, sql`select id from petition_risks where case_no = '（2026）皖1524行初401号'`);
    expect(s.value("petitionRisks", row, "status")).toBe("跟进中");
    s.type("petitionRisks", row, "grade", "高");
    s.type("petitionRisks", row, "actionOn", "2026-11-09");
    s.type("petitionRisks", row, "action", "与局长当面沟通");
    s.sent.length = 0;
    await s.push();
    expect(s.sent.map((x) => `${x.method} ${x.path}`)).toEqual([`PATCH /api/v1/petition-risks/${r!.id}`, `POST /api/v1/petition-risks/${r!.id}/actions`]);
    expect(s.value("petitionRisks", row, "grade")).toBe("高");
    expect(s.value("petitionRisks", row, "actions")).toBe("2026-11-09 与局长当面沟通");
    expect(s.value("petitionRisks", row, "action")).toBe("");
  });

  it("lets the office enter an enterprise and record a review by writing a new level, day and note", async () => {
    const s = await openSession(worker.origin, tokens.office, "all");
    await s.pull();
    const row = s.rowOf("enterprises");
    for (const [k, v] of [["name", "金寨某某机械有限公司"], ["level", "中"], ["measures", "帮扶"], ["units", "县法院、县科商经信局"], ["lastReviewedOn", "2026-10-01"], ["lastNote", "资金链紧张"]] as const) s.type("enterprises", row, k, v);
    expect(joined(await s.push())).toContain("“危困企业名册”：已保存 1 行");
    const [e] = await queryD1<{ id: number }>(worker, sql`select id from enterprises where name = '金寨某某机械有限公司'`);
    s.type("enterprises", row, "level", "高");
    s.type("enterprises", row, "lastReviewedOn", "2026-11-15");
    s.type("enterprises", row, "lastNote", "停产，拟重整");
    s.type("enterprises", row, "measures", "帮扶、重整");
    s.sent.length = 0;
    await s.push();
    expect(s.sent).toEqual([
      { method: "PATCH", path: `/api/v1/enterprises/${e!.id}`, body: { version: 1, measures: ["帮扶", "重整"] } },
      { method: "POST", path: `/api/v1/enterprises/${e!.id}/reviews`, body: { version: 2, level: "高", reviewedOn: "2026-11-15", note: "停产，拟重整" } },
    ]);
    expect(s.value("enterprises", row, "movement")).toBe("中→高");

    // A responsible unit records the next review on its own pull.
    const unit = await openSession(worker.origin, tokens.commerce, "own");
    await unit.pull();
    const mine = unit.rowOf("enterprises", e!.id);
    unit.type("enterprises", mine, "level", "低");
    unit.type("enterprises", mine, "lastReviewedOn", "2026-11-25");
    unit.type("enterprises", mine, "lastNote", "重整计划获批，恢复生产");
    unit.sent.length = 0;
    expect(joined(await unit.push())).toContain("“危困企业名册”：已保存 1 行");
    expect(unit.sent.map((x) => `${x.method} ${x.path}`)).toEqual([`POST /api/v1/enterprises/${e!.id}/reviews`]);
    expect(unit.value("enterprises", mine, "movement")).toBe("中→高→低");

    s.activate();
    await s.pull();
    s.type("enterprises", row, "units", "县法院、县火星局");
    await s.push();
    expect(s.value("enterprises", row, "remark")).toBe("未知单位：县火星局");
    expect(s.fill("enterprises", row, "units")).toBe(REFUSAL_FILL);
  });
});
