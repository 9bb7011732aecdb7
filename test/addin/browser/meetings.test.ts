import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { cellAddress } from "../../../addin/workbook/address";
import { layoutOf } from "../../../addin/workbook/layouts";
import { callWorker, launchChromium, queryD1, startLocalWorker, tokenFor, type LocalWorker, keepScreenshot } from "./harness";
import { officeShimScript } from "./office-shim-bundle";
import { logLines, openPane, runAction, sheetValues, signIn, typeInto } from "./pane";

// From minutes to matters in Excel: the office records a joint meeting, its attendance and minutes
// through the API, pulls the ledger, selects two rows of 会议决定 and turns them into matters from
// the pane; 督办事项 then shows the new matters and 会议决定 each decision's matter and state.

let worker: LocalWorker;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
let office: string;

const api = (route: string, init: { method?: string; json?: unknown } = {}) => callWorker(worker.origin, office, route, init);
const col = (key: string, column: string) => layoutOf(key).columns.findIndex((c) => c.key === column);
const at = (key: string, bodyRow: number, column: string) => cellAddress(bodyRow + 1, col(key, column));
const select = (sheet: string, address: string) =>
  page.evaluate(([s, a]) => void ((window as unknown as { __workbook: { selection: unknown } }).__workbook.selection = { sheet: s, address: a }), [sheet, address]);
const columnOf = async (key: string, sheet: string, column: string, rows: number) =>
  (await sheetValues(page, sheet, `${at(key, 0, column)}:${at(key, rows - 1, column)}`)).map((r) => r[0]);

beforeAll(async () => {
  let shim: string;
  [worker, chromium, shim] = await Promise.all([startLocalWorker(), launchChromium(), officeShimScript()]);
  office = await tokenFor(worker, "office");
  page = (await openPane(chromium.context, worker.origin, { shim })).page;
  await signIn(page, office);
});

afterAll(async () => {
  await page?.close();
  await chromium?.close();
  await worker?.stop();
});

describe("会议决定转督办 in the pane", () => {
  it("turns the selected 会议决定 rows into matters, shown at once in 督办事项 and linked on 会议决定", async () => {
    const meeting = await api("/api/v1/meetings", {
      method: "POST",
      json: { kind: "联席会议", date: "2026-03-10", convener: "县长 王某", place: "县政府第一会议室", invited: ["县法院", "县财政局", "县科商经信局"] },
    });
    expect(meeting.status).toBe(201);
    const id = meeting.body.id as number;
    const attendance = await api(`/api/v1/meetings/${id}/attendance`, {
      method: "PUT",
      json: { rows: [{ unit: "县法院", status: "出席" }, { unit: "县财政局", status: "委派代表出席", delegate: "李四" }, { unit: "县科商经信局", status: "请假" }] },
    });
    expect(attendance.status).toBe(200);
    const minutes = await api(`/api/v1/meetings/${id}/minutes`, {
      method: "PUT",
      json: {
        number: "金府院纪〔2026〕1号",
        date: "2026-03-12",
        decisions: [
          { no: 1, text: "建立破产案件财产处置联动机制", lead: "县法院", co: ["县财政局"] },
          { no: 2, text: "梳理涉企执行案件清单", lead: "县财政局", co: ["县经信局"], days: 15 },
          { no: 3, text: "完善府院联动信息共享平台", lead: "县科商经信局", co: [] },
        ],
      },
    });
    expect(minutes.status).toBe(200);

    await runAction(page, "拉取台账");
    expect(await columnOf("meetings", "会议", "attendance", 3)).toEqual(expect.arrayContaining(["出席", "委派代表出席", "请假"]));
    expect(await columnOf("decisions", "会议决定", "ref", 3)).toEqual(["金府院纪〔2026〕1号第1项决定", "金府院纪〔2026〕1号第2项决定", "金府院纪〔2026〕1号第3项决定"]);
    expect(await columnOf("decisions", "会议决定", "matter", 3)).toEqual(["", "", ""]);

    // Select decisions 1 and 2 (two rows, any columns) and turn them into matters.
    await select("会议决定", `${at("decisions", 0, "text")}:${at("decisions", 1, "lead")}`);
    await runAction(page, "会议决定转督办");
    const log = (await logLines(page)).join("\n");
    expect(log).toContain("会议决定转督办：新建督办事项 2 件。");
    expect(log).toMatch(/金府院纪〔2026〕1号第1项决定已转为督办事项 #\d+/);
    expect(log).toContain("“督办事项”已按服务器刷新。");

    const stored = await queryD1<{ id: number; title: string; source: string; source_ref: string; days: number }>(
      worker,
      sql`select id, title, source, source_ref, days from matters order by id`,
    );
    expect(stored.map(({ title, source, source_ref, days }) => ({ title, source, source_ref, days }))).toEqual([
      { title: "建立破产案件财产处置联动机制", source: "会议纪要", source_ref: "金府院纪〔2026〕1号第1项决定", days: 10 },
      { title: "梳理涉企执行案件清单", source: "会议纪要", source_ref: "金府院纪〔2026〕1号第2项决定", days: 15 },
    ]);

    // 督办事项 shows the new matters at once, 会议决定 each decision's matter and state.
    const titles = await columnOf("matters", "督办事项", "title", 2);
    expect(titles).toEqual(expect.arrayContaining(["建立破产案件财产处置联动机制", "梳理涉企执行案件清单"]));
    expect(await columnOf("matters", "督办事项", "source", 2)).toEqual(["会议纪要", "会议纪要"]);
    const matterIds = await columnOf("decisions", "会议决定", "matter", 3);
    expect(matterIds.slice(0, 2).sort()).toEqual(stored.map((m) => m.id).sort());
    expect(matterIds[2]).toBe("");
    expect(await columnOf("decisions", "会议决定", "status", 3)).toEqual(["办理中", "办理中", ""]);
    const states = await columnOf("decisions", "会议决定", "state", 2);
    expect(states.every((s) => ["正常", "临期", "逾期"].includes(String(s)))).toBe(true);
    await keepScreenshot(page, "taskpane-meeting-decisions.png", { fullPage: true });

    // Selecting a turned row again writes nothing more and says so.
    await select("会议决定", at("decisions", 0, "text"));
    await runAction(page, "会议决定转督办");
    expect((await logLines(page)).join("\n")).toContain(`金府院纪〔2026〕1号第1项决定已转为督办事项 #${Number(matterIds[0])}，未重复转办。`);
    expect((await queryD1<{ n: number }>(worker, sql`select count(*) as n from matters`))[0]!.n).toBe(2);
  });

  it("says what to select when the selection is not on 会议决定", async () => {
    await select("督办事项", "A2");
    await runAction(page, "会议决定转督办");
    expect((await logLines(page)).join("\n")).toContain("请先在“会议决定”表中选中要转为督办事项的决定（可选多行）。");
  });
});

describe("会议 attendance typed on the sheet and submitted", () => {
  it("saves the good row, and marks the refused one on its cell and in 校验意见 with the server's words", async () => {
    const meeting = await api("/api/v1/meetings", {
      method: "POST",
      json: { kind: "专题会议", date: "2026-04-02", convener: "副县长 李某", place: "县政府第二会议室", invited: ["县法院", "县人社局"] },
    });
    expect(meeting.status).toBe(201);
    const id = meeting.body.id as number;
    await runAction(page, "拉取台账");
    const keys = (await columnOf("meetings", "会议", "key", 5)).map(String);
    const court = keys.indexOf(`${id}/县法院`);
    const labour = keys.indexOf(`${id}/县人社局`);
    expect([court, labour].every((r) => r >= 0)).toBe(true);

    expect(await typeInto(page, "会议", at("meetings", court, "attendance"), "缺席")).toBe(true);
    // 委派代表出席 without the delegate's name: the server refuses this row on 委派代表.
    expect(await typeInto(page, "会议", at("meetings", labour, "attendance"), "委派代表出席")).toBe(true);
    await runAction(page, "提交修改");

    const stored = await queryD1<{ name: string; status: string | null }>(
      worker,
      sql`select u.name, a.status from meeting_attendees a join units u on u.id = a.unit_id where a.meeting_id = ${id} order by u.name`,
    );
    expect(Object.fromEntries(stored.map((r) => [r.name, r.status]))).toEqual({ 县法院: "缺席", 县人社局: null });
    const log = (await logLines(page)).join("\n");
    expect(log).toContain("“会议”：已保存 1 行");
    expect(log).toContain("1 行被服务器退回，已标红并在“校验意见”列写明原因");
    expect(log).toContain("委派代表出席时请填写代表姓名");

    const after = (await columnOf("meetings", "会议", "key", 5)).map(String);
    const refused = after.indexOf(`${id}/县人社局`);
    expect(await sheetValues(page, "会议", at("meetings", refused, "remark"))).toEqual([["委派代表出席时请填写代表姓名"]]);
    expect(await sheetValues(page, "会议", at("meetings", refused, "attendance"))).toEqual([["委派代表出席"]]);
    const fill = (address: string) =>
      page.evaluate(([s, a]) => (window as unknown as { __workbook: { cell(s: string, a: string): { fill: string | null } } }).__workbook.cell(s!, a!).fill, ["会议", address]);
    expect(await fill(at("meetings", refused, "delegate"))).toBe("#FF9999");
    expect(await sheetValues(page, "会议", at("meetings", after.indexOf(`${id}/县法院`), "attendance"))).toEqual([["缺席"]]);
    expect(await sheetValues(page, "会议", at("meetings", after.indexOf(`${id}/县法院`), "remark"))).toEqual([[""]]);
    await keepScreenshot(page, "taskpane-meeting-attendance-refused.png", { fullPage: true });
  });
});

describe("议题 and 联合调研 typed on their sheets", () => {
  it("takes a unit's new topic and its answer on its own row, refuses its answer on another party's row", async () => {
    const item = await api("/api/v1/research", {
      method: "POST",
      json: {
        topic: "破产案件府院协调中的共性问题",
        units: ["县法院", "县财政局"],
        lead: "县法院",
        draft: { kind: "调研报告", title: "关于破产案件府院协调机制的调研报告", text: "一、基本情况……" },
      },
    });
    expect(item.status).toBe(201);
    const finance = await tokenFor(worker, "unit", "县财政局");
    const unitPage = (await openPane(chromium.context, worker.origin, { shim: await officeShimScript() })).page;
    await signIn(unitPage, finance);
    await runAction(unitPage, "拉取本单位数据");

    const cellOf = (key: string, row: number, column: string) => cellAddress(row + 1, col(key, column));
    const keys = (await sheetValues(unitPage, "联合调研", `${cellOf("research", 0, "key")}:${cellOf("research", 2, "key")}`)).map((r) => String(r[0]));
    expect(keys).toEqual([`${item.body.id}/办公室`, `${item.body.id}/县法院`, `${item.body.id}/县财政局`]);
    expect(await typeInto(unitPage, "联合调研", cellOf("research", 2, "decision"), "不同意")).toBe(true);
    expect(await typeInto(unitPage, "联合调研", cellOf("research", 2, "opinion"), "第三部分需补充数据")).toBe(true);
    expect(await typeInto(unitPage, "联合调研", cellOf("research", 1, "decision"), "同意")).toBe(true);
    const topicsSeen = ((await callWorker(worker.origin, finance, "/api/v1/topics")).body.topics as unknown[]).length;
    expect(await typeInto(unitPage, "议题", cellOf("topics", topicsSeen, "title"), "涉企执行案件财产处置税费问题")).toBe(true);
    expect(await typeInto(unitPage, "议题", cellOf("topics", topicsSeen, "description"), "请研究司法拍卖中的税费承担")).toBe(true);
    await runAction(unitPage, "提交本单位数据");

    const log = (await logLines(unitPage)).join("\n");
    expect(log).toContain("“议题”：已保存 1 行");
    expect(log).toContain("“联合调研”：已保存 1 行");
    expect(log).toContain("1 行没有权限提交");
    const approvals = (await api(`/api/v1/research/${item.body.id}`)).body.approvals as { unit: string; decision: string | null; opinion: string | null }[];
    expect(approvals.map((a) => [a.unit, a.decision, a.opinion])).toEqual([
      ["办公室", null, null],
      ["县法院", null, null],
      ["县财政局", "不同意", "第三部分需补充数据"],
    ]);
    expect(await sheetValues(unitPage, "联合调研", cellOf("research", 1, "remark"))).toEqual([["只能填写本单位的审定意见，本行是“县法院”的审定"]]);
    const topics = (await api("/api/v1/topics")).body.topics as { id: number; title: string; proposer: string; status: string }[];
    const proposed = topics.find((t) => t.title === "涉企执行案件财产处置税费问题")!;
    expect(proposed).toMatchObject({ proposer: "县财政局", status: "待处理" });
    await keepScreenshot(unitPage, "taskpane-research-topics-unit.png", { fullPage: true });
    await unitPage.close();

    // The office declines it on 议题: without a reason the row is refused on 不予采纳理由, with one it is saved.
    // (The attendance refused above is still typed on 会议: the pull asks, and keeps it.)
    await runAction(page, "拉取台账", "保留修改并合并");
    const ids = (await columnOf("topics", "议题", "id", topics.length)).map(Number);
    const row = ids.indexOf(proposed.id);
    expect(await typeInto(page, "议题", at("topics", row, "status"), "不予采纳")).toBe(true);
    await runAction(page, "提交修改");
    expect(await sheetValues(page, "议题", at("topics", row, "remark"))).toEqual([["不予采纳时请填写理由"]]);
    expect(await typeInto(page, "议题", at("topics", row, "reason"), "已列入年度工作计划")).toBe(true);
    await runAction(page, "提交修改");
    const decided = ((await api("/api/v1/topics")).body.topics as { id: number; status: string; reason: string | null }[]).find((t) => t.id === proposed.id);
    expect(decided).toMatchObject({ status: "不予采纳", reason: "已列入年度工作计划" });
    expect(await sheetValues(page, "议题", `${at("topics", row, "status")}:${at("topics", row, "remark")}`)).toEqual([["不予采纳", "已列入年度工作计划", ""]]);
  });
});
