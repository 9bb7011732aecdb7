import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REFUSAL_FILL } from "../../../addin/workbook/layouts";
import { callWorker, queryD1, startLocalWorker, tokensFor, type LocalWorker } from "../browser/harness";
import { joined, openSession, type Session } from "./registers-sync";

// The plan's mechanisms entered in Excel, as the office does it: a meeting typed on 会议, its
// minutes on 会议决定, a task force on 专班 and its log on 专班工作记录, each pushed with 提交修改
// into the real worker's D1, refusals marked on the cells the server names.

let worker: LocalWorker;
let tokens: Record<"office" | "court", string>;

beforeAll(async () => {
  worker = await startLocalWorker();
  tokens = await tokensFor(worker, { office: { role: "office" }, court: { role: "unit", unit: "县法院" } });
});
afterAll(async () => {
  await worker?.stop();
});

/** Types a new meeting on the first blank row of 会议; returns the row. */
function typeMeeting(s: Session, place: string, invited: string): number {
  const row = s.rowOf("meetings");
  s.type("meetings", row, "kind", "专题会议");
  s.type("meetings", row, "date", "2026-03-20");
  s.type("meetings", row, "convener", "副县长 李某");
  s.type("meetings", row, "place", place);
  s.type("meetings", row, "unit", invited);
  return row;
}

/** The 会议 rows of one meeting (by 会议编号), as body row numbers. */
const rowsOfMeeting = (s: Session, id: number) => Array.from({ length: 60 }, (_, r) => r).filter((r) => s.value("meetings", r, "id") === id);

describe("会议 and 会议决定 typed by the office", () => {
  let meeting: number;
  let office: Session;
  let typed: number;

  it("refuses an unknown invited unit on 受邀单位, writes nothing, and keeps the row as typed", async () => {
    office = await openSession(worker.origin, tokens.office, "all");
    await office.pull();
    const row = typeMeeting(office, "县政府第三会议室", "县法院、县火星局");
    typed = row;
    const lines = await office.push();
    expect(joined(lines)).toContain("“会议”：1 行被服务器退回");
    expect(office.value("meetings", row, "remark")).toBe("没有名为“县火星局”的单位");
    expect(office.fill("meetings", row, "unit")).toBe(REFUSAL_FILL);
    expect(office.value("meetings", row, "unit")).toBe("县法院、县火星局");
    expect(office.value("meetings", row, "id")).toBe("");
    expect(await queryD1(worker, sql`select id from meetings where place = '县政府第三会议室'`)).toEqual([]);
  });

  it("stores the corrected meeting with every invited unit (an alias too), one row per unit after the push", async () => {
    const row = typed;
    expect(office.value("meetings", row, "place")).toBe("县政府第三会议室");
    office.type("meetings", row, "unit", "县法院、县财政局、县经信局");
    office.sent.length = 0;
    const lines = await office.push();
    expect(joined(lines)).toContain("“会议”：已保存 1 行");
    expect(office.sent).toEqual([
      {
        method: "POST",
        path: "/api/v1/meetings",
        body: { kind: "专题会议", date: "2026-03-20", convener: "副县长 李某", place: "县政府第三会议室", invited: ["县法院", "县财政局", "县经信局"] },
      },
    ]);
    const [stored] = await queryD1<{ id: number; kind: string; version: number }>(worker, sql`select id, kind, version from meetings where place = '县政府第三会议室'`);
    expect(stored!.kind).toBe("专题会议");
    meeting = stored!.id;
    const invited = await queryD1<{ name: string }>(
      worker,
      sql`select u.name from meeting_attendees a join units u on u.id = a.unit_id where a.meeting_id = ${meeting} order by u.name`,
    );
    expect(invited.map((u) => u.name).sort()).toEqual(["县法院", "县科商经信局", "县财政局"].sort());
    const rows = rowsOfMeeting(office, meeting);
    expect(rows.map((r) => office.value("meetings", r, "unit")).sort()).toEqual(["县法院", "县科商经信局", "县财政局"].sort());
    expect(rows.map((r) => office.value("meetings", r, "version"))).toEqual([1, 1, 1]);
    expect(office.value("meetings", rows[0]!, "remark")).toBe("");
  });

  it("corrects the place typed on one of the meeting's rows with the version read; every row shows it", async () => {
    const [first] = rowsOfMeeting(office, meeting);
    office.type("meetings", first!, "place", "县政府第一会议室");
    office.sent.length = 0;
    expect(joined(await office.push())).toContain("“会议”：已保存 1 行");
    expect(office.sent).toEqual([{ method: "PATCH", path: `/api/v1/meetings/${meeting}`, body: { version: 1, place: "县政府第一会议室" } }]);
    expect(await queryD1(worker, sql`select place, version from meetings where id = ${meeting}`)).toEqual([{ place: "县政府第一会议室", version: 2 }]);
    expect(rowsOfMeeting(office, meeting).map((r) => office.value("meetings", r, "place"))).toEqual(Array(3).fill("县政府第一会议室"));
  });

  it("stores the minutes typed on 会议决定, the number on one row only, sent whole for the meeting", async () => {
    const first = office.rowOf("decisions");
    for (const [k, v] of [["meeting", meeting], ["minutesNo", "金府院纪〔2026〕7号"], ["minutesDate", "2026-03-23"], ["no", 1], ["text", "建立涉企案件财产处置会商机制"], ["lead", "县法院"], ["co", "县财政局"]] as const) {
      office.type("decisions", first, k, v);
    }
    const second = first + 1;
    for (const [k, v] of [["meeting", meeting], ["no", 2], ["text", "梳理涉企执行案件清单"], ["lead", "县经信局"], ["days", 15]] as const) office.type("decisions", second, k, v);
    office.sent.length = 0;
    const lines = await office.push();
    expect(joined(lines)).toContain("“会议决定”：已保存 2 行");
    expect(office.sent).toEqual([
      {
        method: "PUT",
        path: `/api/v1/meetings/${meeting}/minutes`,
        body: {
          number: "金府院纪〔2026〕7号",
          date: "2026-03-23",
          decisions: [
            { no: 1, text: "建立涉企案件财产处置会商机制", lead: "县法院", co: ["县财政局"] },
            { no: 2, text: "梳理涉企执行案件清单", lead: "县经信局", co: [], days: 15 },
          ],
        },
      },
    ]);
    const stored = await queryD1<{ no: number; days: number; lead: string }>(
      worker,
      sql`select d.no, d.days, u.name as lead from meeting_decisions d join units u on u.id = d.lead_unit_id where d.meeting_id = ${meeting} order by d.no`,
    );
    expect(stored).toEqual([
      { no: 1, days: 10, lead: "县法院" },
      { no: 2, days: 15, lead: "县科商经信局" },
    ]);
    expect(office.value("decisions", first, "ref")).toBe("金府院纪〔2026〕7号第1项决定");
    expect(office.value("decisions", second, "minutesNo")).toBe("金府院纪〔2026〕7号");
    expect(office.value("decisions", second, "lead")).toBe("县科商经信局");
  });

  it("marks a minutes number another meeting carries on 纪要编号, and stores nothing", async () => {
    const other = (await callWorker(worker.origin, tokens.office, "/api/v1/meetings", {
      method: "POST",
      json: { kind: "联席会议", date: "2026-04-01", convener: "县长 王某", place: "县政府第二会议室", invited: ["县法院"] },
    })).body.id as number;
    await office.pull();
    const row = office.rowOf("decisions");
    for (const [k, v] of [["meeting", other], ["minutesNo", "金府院纪〔2026〕7号"], ["minutesDate", "2026-04-02"], ["no", 1], ["text", "研究府院联动年度要点"], ["lead", "县法院"]] as const) {
      office.type("decisions", row, k, v);
    }
    const lines = await office.push();
    expect(joined(lines)).toContain("“会议决定”：1 行被服务器退回");
    expect(office.value("decisions", row, "remark")).toBe(`纪要编号“金府院纪〔2026〕7号”已用于另一次会议（编号 ${meeting}）`);
    expect(office.fill("decisions", row, "minutesNo")).toBe(REFUSAL_FILL);
    expect(office.value("decisions", row, "text")).toBe("研究府院联动年度要点");
    expect(await queryD1(worker, sql`select id from meeting_decisions where meeting_id = ${other}`)).toEqual([]);
  });

  it("refuses a change to minutes whose decision is a matter, on the row, and leaves D1 as it was", async () => {
    const turned = await callWorker(worker.origin, tokens.office, `/api/v1/meetings/${meeting}/matters`, { method: "POST", json: { decisions: [1], assigned: "2026-03-24" } });
    expect(turned.status).toBe(201);
    const s = await openSession(worker.origin, tokens.office, "all");
    await s.pull();
    const refs = Array.from({ length: 10 }, (_, r) => r).filter((r) => s.value("decisions", r, "meeting") === meeting);
    expect(refs.map((r) => s.value("decisions", r, "matter"))).toEqual([turned.body.matters[0].matter, ""]);
    const second = refs[1]!;
    s.type("decisions", second, "text", "梳理涉企执行案件清单并逐案会商");
    const lines = await s.push();
    expect(joined(lines)).toContain("“会议决定”：1 行被服务器退回");
    expect(s.value("decisions", second, "remark")).toBe(`第1项决定已转为督办事项（编号 ${turned.body.matters[0].matter}）`);
    expect(s.fill("decisions", second, "text")).toBe(REFUSAL_FILL);
    expect(s.value("decisions", second, "text")).toBe("梳理涉企执行案件清单并逐案会商");
    expect(await queryD1(worker, sql`select text from meeting_decisions where meeting_id = ${meeting} and no = 2`)).toEqual([{ text: "梳理涉企执行案件清单" }]);
    // The matter it became is on 督办事项 with its source reference.
    const [matter] = await queryD1<{ source_ref: string }>(worker, sql`select source_ref from matters where id = ${turned.body.matters[0].matter}`);
    expect(matter!.source_ref).toBe("金府院纪〔2026〕7号第1项决定");
  });

  it("refuses a unit's new meeting (office only) on its row", async () => {
    const court = await openSession(worker.origin, tokens.court, "own");
    await court.pull();
    const row = typeMeeting(court, "县法院第五法庭", "县法院");
    expect(joined(await court.push())).toContain("“会议”：1 行没有权限提交");
    expect(court.value("meetings", row, "remark")).not.toBe("");
    expect(await queryD1(worker, sql`select id from meetings where place = '县法院第五法庭'`)).toEqual([]);
  });
});

describe("专班 and 专班工作记录 typed by the office", () => {
  it("sets up a task force from names, refusing an unknown member on 成员; logs a meeting; ends it", async () => {
    const person = async (name: string, unit: string) =>
      (await callWorker(worker.origin, tokens.office, "/api/v1/people", { method: "POST", json: { name, unit, post: "执行员" } })).body.id as number;
    const gov = await person("周建国", "县财政局");
    const judge = await person("陈静", "县法院");
    const s = await openSession(worker.origin, tokens.office, "all");
    await s.pull();
    const row = s.rowOf("taskforces");
    s.type("taskforces", row, "name", "某机械公司破产重整工作专班");
    s.type("taskforces", row, "serves", "某机械公司破产重整案");
    s.type("taskforces", row, "leaders", "周建国（县财政局）");
    s.type("taskforces", row, "members", "陈静、王不存在");
    expect(joined(await s.push())).toContain("“专班”：1 行被服务器退回");
    expect(s.value("taskforces", row, "remark")).toContain("没有在任人员“王不存在”");
    expect(s.fill("taskforces", row, "members")).toBe(REFUSAL_FILL);
    expect(await queryD1(worker, sql`select id from taskforces where name = '某机械公司破产重整工作专班'`)).toEqual([]);

    s.type("taskforces", row, "members", "陈静");
    s.sent.length = 0;
    expect(joined(await s.push())).toContain("“专班”：已保存 1 行");
    expect(s.sent).toEqual([
      {
        method: "POST",
        path: "/api/v1/taskforces",
        body: {
          name: "某机械公司破产重整工作专班",
          serves: "某机械公司破产重整案",
          members: [
            { person: gov, role: "组长", side: "政府" },
            { person: judge, role: "成员", side: "法院" },
          ],
        },
      },
    ]);
    const [t] = await queryD1<{ id: number; status: string }>(worker, sql`select id, status from taskforces where name = '某机械公司破产重整工作专班'`);
    expect(t!.status).toBe("运行中");
    expect(s.value("taskforces", row, "id")).toBe(t!.id);
    expect(s.value("taskforces", row, "leaders")).toBe("周建国（县财政局·政府）");

    await s.pull();
    const log = s.rowOf("taskforceLog");
    s.type("taskforceLog", log, "taskforce", "某机械公司破产重整工作专班");
    s.type("taskforceLog", log, "date", "2026-03-25");
    s.type("taskforceLog", log, "kind", "会议");
    s.type("taskforceLog", log, "text", "召开专班第一次会议，明确资产处置分工");
    expect(joined(await s.push())).toContain("“专班工作记录”：已保存 1 行");
    expect(await queryD1(worker, sql`select "on", kind, text from taskforce_log where taskforce_id = ${t!.id}`)).toEqual([
      { on: "2026-03-25", kind: "会议", text: "召开专班第一次会议，明确资产处置分工" },
    ]);
    expect(s.value("taskforceLog", log, "taskforceId")).toBe(t!.id);

    s.type("taskforces", row, "status", "已结束");
    s.type("taskforces", row, "endNote", "重整计划已获法院批准");
    s.sent.length = 0;
    expect(joined(await s.push())).toContain("“专班”：已保存 1 行");
    expect(s.sent).toEqual([{ method: "POST", path: `/api/v1/taskforces/${t!.id}/end`, body: { version: 1, note: "重整计划已获法院批准" } }]);
    expect(await queryD1(worker, sql`select status, end_note from taskforces where id = ${t!.id}`)).toEqual([{ status: "已结束", end_note: "重整计划已获法院批准" }]);

    // An ended task force takes no log entry: refused on 专班.
    const next = s.rowOf("taskforceLog");
    s.type("taskforceLog", next, "taskforce", "某机械公司破产重整工作专班");
    s.type("taskforceLog", next, "date", "2026-03-30");
    s.type("taskforceLog", next, "kind", "行动");
    s.type("taskforceLog", next, "text", "赴企业核查");
    expect(joined(await s.push())).toContain("“专班工作记录”：1 行被服务器退回");
    expect(s.fill("taskforceLog", next, "taskforce")).toBe(REFUSAL_FILL);
    expect(String(s.value("taskforceLog", next, "remark"))).toContain("已于");
  });
});

describe("督办事项: a matter handed out by a task force, typed by the office", () => {
  let force: { id: number; name: string; version: number };
  let office: Session;

  beforeAll(async () => {
    const person = async (name: string, unit: string) =>
      (await callWorker(worker.origin, tokens.office, "/api/v1/people", { method: "POST", json: { name, unit, post: "执行员" } })).body.id as number;
    const gov = await person("吴志明", "县财政局");
    const judge = await person("刘思远", "县法院");
    const made = await callWorker(worker.origin, tokens.office, "/api/v1/taskforces", {
      method: "POST",
      json: { name: "某化工企业风险处置专班", serves: "某化工企业破产清算案", members: [{ person: gov, side: "政府", role: "组长" }, { person: judge, side: "法院", role: "成员" }] },
    });
    expect(made.status).toBe(201);
    force = made.body;
    office = await openSession(worker.origin, tokens.office, "all");
    await office.pull();
  });

  /** Types a new matter on the first blank row of 督办事项; returns the row. */
  function typeMatter(title: string, source: string, sourceRef: string): number {
    const row = office.rowOf("matters");
    office.type("matters", row, "title", title);
    office.type("matters", row, "source", source);
    if (sourceRef) office.type("matters", row, "sourceRef", sourceRef);
    office.type("matters", row, "lead", "县财政局");
    office.type("matters", row, "assigned", "2026-04-01");
    office.type("matters", row, "days", 15);
    return row;
  }
  const mattersTitled = (title: string) => queryD1<{ id: number }>(worker, sql`select id from matters where title = ${title}`);

  it("hands out a new row with 来源 专班 under the task force named in 来源文号, linked to it", async () => {
    const row = typeMatter("核查化工企业职工欠薪", "专班", "某化工企业风险处置专班");
    office.sent.length = 0;
    expect(joined(await office.push())).toContain("“督办事项”：已保存 1 行");
    expect(office.sent).toEqual([
      { method: "POST", path: `/api/v1/taskforces/${force.id}/matters`, body: { title: "核查化工企业职工欠薪", lead: "县财政局", assigned: "2026-04-01", days: 15 } },
    ]);
    const [m] = await queryD1<{ id: number; source: string; source_ref: string }>(worker, sql`select id, source, source_ref from matters where title = '核查化工企业职工欠薪'`);
    expect(m).toMatchObject({ source: "专班", source_ref: "某化工企业风险处置专班" });
    expect(await queryD1(worker, sql`select taskforce_id from taskforce_matters where matter_id = ${m!.id}`)).toEqual([{ taskforce_id: force.id }]);
    expect(office.value("matters", row, "id")).toBe(m!.id);
    expect(office.value("matters", row, "sourceRef")).toBe("某化工企业风险处置专班");
    expect(office.value("matters", row, "remark")).toBe("");
  });

  it("refuses a task force no one set up on 来源文号, sending and storing nothing; the name corrected, it is handed out", async () => {
    const row = typeMatter("处置化工企业危化品库存", "专班", "某化工企业处置专班");
    office.sent.length = 0;
    expect(joined(await office.push())).toContain("“督办事项”：1 行被服务器退回");
    expect(office.sent).toEqual([]);
    expect(office.value("matters", row, "remark")).toBe("没有名为“某化工企业处置专班”的专班；请从下拉列表中选择专班名称");
    expect(office.fill("matters", row, "sourceRef")).toBe(REFUSAL_FILL);
    expect(office.value("matters", row, "title")).toBe("处置化工企业危化品库存");
    expect(await mattersTitled("处置化工企业危化品库存")).toEqual([]);

    office.type("matters", row, "sourceRef", "某化工企业风险处置专班");
    expect(joined(await office.push())).toContain("“督办事项”：已保存 1 行");
    const [m] = await mattersTitled("处置化工企业危化品库存");
    expect(await queryD1(worker, sql`select taskforce_id from taskforce_matters where matter_id = ${m!.id}`)).toEqual([{ taskforce_id: force.id }]);
    expect(office.value("matters", row, "remark")).toBe("");
  });

  it("sends another source's typed 来源文号 with the matter, and refuses an edit of a stored one in place", async () => {
    const row = typeMatter("协调化工园区环评问题", "会议纪要", "金府院纪〔2026〕8号");
    office.sent.length = 0;
    expect(joined(await office.push())).toContain("“督办事项”：已保存 1 行");
    expect(office.sent[0]).toMatchObject({ method: "POST", path: "/api/v1/matters", body: { source: "会议纪要", sourceRef: "金府院纪〔2026〕8号" } });
    const [m] = await queryD1<{ id: number; source_ref: string }>(worker, sql`select id, source_ref from matters where title = '协调化工园区环评问题'`);
    expect(m!.source_ref).toBe("金府院纪〔2026〕8号");
    expect(office.value("matters", row, "id")).toBe(m!.id);
    expect(await queryD1(worker, sql`select taskforce_id from taskforce_matters where matter_id = ${m!.id}`)).toEqual([]);

    const stored = row;
    office.type("matters", stored, "sourceRef", "金府院纪〔2026〕9号");
    office.sent.length = 0;
    expect(joined(await office.push())).toContain("“督办事项”：1 行被服务器退回");
    expect(office.sent).toEqual([]);
    expect(office.fill("matters", stored, "sourceRef")).toBe(REFUSAL_FILL);
    expect(office.value("matters", stored, "remark")).toBe("事项交办后此列不能在表中修改；如需调整请联系办公室");
    expect(await queryD1(worker, sql`select source_ref from matters where id = ${m!.id}`)).toEqual([{ source_ref: "金府院纪〔2026〕8号" }]);
  });

  it("refuses a new matter for a task force that has ended on 来源文号, in its words", async () => {
    const ended = await callWorker(worker.origin, tokens.office, `/api/v1/taskforces/${force.id}/end`, { method: "POST", json: { version: force.version, note: "清算完毕" } });
    expect(ended.status).toBe(200);
    const s = await openSession(worker.origin, tokens.office, "all");
    await s.pull();
    const row = s.rowOf("matters");
    for (const [k, v] of [["title", "复核化工企业资产清单"], ["source", "专班"], ["sourceRef", "某化工企业风险处置专班"], ["lead", "县财政局"], ["assigned", "2026-04-02"]] as const) s.type("matters", row, k, v);
    expect(joined(await s.push())).toContain("“督办事项”：1 行被服务器退回");
    expect(s.fill("matters", row, "sourceRef")).toBe(REFUSAL_FILL);
    expect(s.value("matters", row, "remark")).toBe(`专班「某化工企业风险处置专班」已于 ${ended.body.endedOn} 结束，不能再记录或交办事项`);
    expect(await mattersTitled("复核化工企业资产清单")).toEqual([]);
  });
});
