import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { cellAddress } from "../../../addin/workbook/address";
import { layoutOf, REFUSAL_FILL, SERVER_FILL } from "../../../addin/workbook/layouts";
import { serialOfIso } from "../../../addin/shared/excel-date";
import { chinaToday } from "../../../domain/calendar/china-today";
import { callWorker, launchChromium, startLocalWorker, tokensFor, type LocalWorker, keepScreenshot } from "./harness";
import { officeShimScript } from "./office-shim-bundle";
import { openPane, runAction, sheetValues, signIn, typeInto } from "./pane";

// The office's 当前行 panel on the real stack: extensions approved and refused, a correction refused
// as stale and then made, an adjustment recorded from 考评汇总 and seen in the score, the draft 通报.
// Units and leaders never see the panel.

const LEAD = "县法院";
// The ledger's day: the seed's go-live day is today, so only what falls due from today on is scored.
const TODAY = chinaToday(new Date());
const YEAR = Number(TODAY.slice(0, 4));
let worker: LocalWorker;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let shim: string;
let t: { office: string; unit: string; leader: string };
let page: Page;

const api = (token: string, route: string, init: { method?: string; json?: unknown } = {}) => callWorker(worker.origin, token, route, init);
const column = (key: string) => layoutOf("matters").columns.findIndex((c) => c.key === key);

/** Selects a cell of a mock sheet, as a user clicking it. */
const select = (sheet: string, address: string) =>
  page.evaluate(([s, a]) => void ((window as unknown as { __workbook: { selection: unknown } }).__workbook.selection = { sheet: s, address: a }), [sheet, address]);

const fillOf = (sheet: string, address: string) =>
  page.evaluate(([s, a]) => (window as unknown as { __workbook: { cell(s: string, a: string): { fill?: string | null } } }).__workbook.cell(s!, a!).fill, [sheet, address]);

/** The sheet address of matter `id`'s cell in `key` on 督办事项. */
async function matterCell(id: number, key: string): Promise<string> {
  const ids = (await sheetValues(page, "督办事项", `A2:A120`)).map((r) => r[0]);
  const row = ids.indexOf(id);
  expect(row).toBeGreaterThanOrEqual(0);
  return cellAddress(row + 1, column(key));
}
const matterValue = async (id: number, key: string) => (await sheetValues(page, "督办事项", await matterCell(id, key)))[0]![0];

/** Selects the matter's row and reads it into the panel. */
async function readMatter(id: number) {
  await select("督办事项", await matterCell(id, "title"));
  await page.locator("#row-read").click();
  await poll(() => page.locator("#row-matter-title").textContent()).toContain(`#${id}`);
}

/** Waits for what the pane shows: a step refreshes a sheet first, which takes a while on a busy machine. */
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 20_000 });
const status = () => page.locator("#row-status").textContent();
const idle = () => page.locator("#row-read:not([disabled])").waitFor();

async function newMatter(title: string, extension?: string, assigned = TODAY): Promise<number> {
  const created = await api(t.office, "/api/v1/matters", { method: "POST", json: { title, source: "专题会议", lead: LEAD, assigned, days: 10 } });
  expect(created.status).toBe(201);
  if (extension) expect((await api(t.unit, `/api/v1/matters/${created.body.id}/extensions`, { method: "POST", json: { version: 1, reason: extension, days: 5 } })).status).toBe(201);
  return created.body.id;
}

beforeAll(async () => {
  // dist/addin is built once for all files by test/tools/build-addin-once.ts.
  [worker, chromium, shim] = await Promise.all([startLocalWorker(), launchChromium(), officeShimScript()]);
  await chromium.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: worker.origin });
  t = await tokensFor(worker, { office: { role: "office" }, unit: { role: "unit", unit: LEAD }, leader: { role: "leader" } });
  page = (await openPane(chromium.context, worker.origin, { shim })).page;
});

afterAll(async () => {
  await page?.close();
  await chromium?.close();
  await worker?.stop();
});

describe("the 当前行 panel", () => {
  it("is not shown to units or leaders", async () => {
    for (const token of [t.unit, t.leader]) {
      await signIn(page, token);
      await page.locator("#actions button").first().waitFor();
      expect(await page.locator("#row-panel").isVisible()).toBe(false);
      expect(await page.locator("#row-read, #notice-button, #row-adjust, #row-correct").evaluateAll((nodes) => nodes.filter((n) => (n as HTMLElement).offsetParent !== null).length)).toBe(0);
    }
    await signIn(page, t.office);
    await page.locator("#row-panel").waitFor({ state: "visible" });
  });

  it("says what to select when the selection is on no row it can act on", async () => {
    await runAction(page, "拉取台账");
    await select("重点工作", "B3");
    await page.locator("#row-read").click();
    await poll(status).toBe("请先在“督办事项”中选中一件事项，或在“成员单位”“考评汇总”中选中一家单位所在的行。");
  });

  it("approves a pending extension on the selected matter; the row shows the moved deadline", async () => {
    const id = await newMatter("某企业破产财产处置协调", "需等待资产评估报告");
    await runAction(page, "拉取台账");
    const before = await matterValue(id, "deadline");
    await readMatter(id);
    const item = page.locator("#row-extensions li", { hasText: "需等待资产评估报告" });
    await poll(() => item.textContent()).toContain("延期 5 个工作日");
    await keepScreenshot(page.locator("#row-panel"), "taskpane-row-extension.png");
    await item.locator("textarea").fill("同意延期");
    await item.locator("button", { hasText: "批准" }).click();
    await poll(status).toBe(`#${id}「某企业破产财产处置协调」已批准延期，截止日期已顺延。`);
    const now = (await api(t.office, `/api/v1/matters/${id}`)).body;
    expect(now.extensions[0]).toMatchObject({ status: "已批准", decisionNote: "同意延期" });
    expect(now.deadline).not.toBe(before);
    expect(await matterValue(id, "deadline")).toBe(serialOfIso(now.deadline));
    expect(await matterValue(id, "version")).toBe(now.version);
    // The panel read the row again: the request is decided, with no buttons left.
    await poll(() => page.locator("#row-extensions li").first().textContent()).toContain(`已批准，截止日期改为 ${now.deadline}；意见：同意延期`);
    expect(await page.locator("#row-extensions button").count()).toBe(0);
  });

  it("refuses 驳回 without a reason: said in the panel, marked on the row, the request still pending", async () => {
    const id = await newMatter("某小区逾期交房纠纷化解", "涉及多个部门会商");
    const other = await newMatter("某商场消防整改督办");
    await runAction(page, "拉取台账");
    // An earlier 提交修改 refused another row: its reason and red stay through what the panel does here.
    expect(await typeInto(page, "督办事项", await matterCell(other, "title"), "某商场消防整改督办（改）")).toBe(true);
    await runAction(page, "提交修改");
    const otherReason = "事项交办后此列不能在表中修改；如需调整请联系办公室";
    const otherMarked = async () => [await matterValue(other, "remark"), await fillOf("督办事项", await matterCell(other, "remark"))];
    expect(await otherMarked()).toEqual([otherReason, REFUSAL_FILL]);
    await readMatter(id);
    const item = page.locator("#row-extensions li", { hasText: "涉及多个部门会商" });
    await item.locator("button", { hasText: "驳回" }).click();
    await poll(status).toBe("驳回延期未完成：驳回延期申请时请填写驳回理由");
    await idle();
    expect(await page.locator("#row-status").getAttribute("class")).toContain("error");
    expect(await matterValue(id, "remark")).toBe("驳回延期：驳回延期申请时请填写驳回理由");
    expect(await otherMarked()).toEqual([otherReason, REFUSAL_FILL]);
    expect((await api(t.office, `/api/v1/matters/${id}`)).body.extensions[0]).toMatchObject({ status: "待审批" });
    await keepScreenshot(page.locator("#row-panel"), "taskpane-row-refused.png");

    await item.locator("textarea").fill("理由不充分，请按期办结");
    await item.locator("button", { hasText: "驳回" }).click();
    await poll(status).toBe(`#${id}「某小区逾期交房纠纷化解」已驳回延期申请（理由不充分，请按期办结）。`);
    expect(await matterValue(id, "remark")).toBe("");
    // The sheet was refreshed from the server; the other row still shows its refused edit and reason.
    expect(await otherMarked()).toEqual([otherReason, REFUSAL_FILL]);
    expect(await matterValue(other, "title")).toBe("某商场消防整改督办（改）");
    // The clerk undoes the refused edit, so the next cases pull without unsubmitted rows.
    expect(await typeInto(page, "督办事项", await matterCell(other, "title"), "某商场消防整改督办")).toBe(true);
    expect((await api(t.office, `/api/v1/matters/${id}`)).body.extensions[0]).toMatchObject({ status: "已驳回", decisionNote: "理由不充分，请按期办结" });
  });

  it("refuses a correction from a stale row (409 shown and marked), then makes it from the refreshed row", async () => {
    const id = await newMatter("某企业欠薪纠纷化解");
    await runAction(page, "拉取台账");
    // Someone else corrects it after the pull: the sheet still shows version 1.
    const meanwhile = await api(t.office, `/api/v1/matters/${id}`, { method: "PATCH", json: { version: 1, sourceRef: "金府院专纪〔2026〕3号", reason: "补录来源文号" } });
    expect(meanwhile.body).toMatchObject({ version: 2 });
    await readMatter(id);
    await poll(() => page.locator("#row-matter-facts").textContent()).toContain("表中为版本 1，服务器已是版本 2");
    await page.locator("#correct-days").fill("15");
    await page.locator("#correct-reason").fill("交办时限录入有误");
    await page.locator("#correct-submit").click();
    await poll(status).toBe("更正未完成：数据已被他人修改（提交的版本为 1，当前版本为 2），已按服务器刷新该行，请核对后重试");
    await idle();
    expect(await matterValue(id, "version")).toBe(2);
    expect(await matterValue(id, "remark")).toContain("提交的版本为 1，当前版本为 2");
    expect((await api(t.office, `/api/v1/matters/${id}`)).body).toMatchObject({ days: 10, version: 2 });
    // What was typed stays; the panel now submits the refreshed row's version.
    expect(await page.locator("#correct-days").inputValue()).toBe("15");
    expect(await page.locator("#correct-version").textContent()).toContain("按表中版本 2 提交");
    await keepScreenshot(page.locator("#row-panel"), "taskpane-row-stale.png");

    await page.locator("#correct-submit").click();
    await poll(status).toBe(`#${id}「某企业欠薪纠纷化解」已更正。`);
    expect((await api(t.office, `/api/v1/matters/${id}`)).body).toMatchObject({ days: 15, version: 3, sourceRef: "金府院专纪〔2026〕3号" });
    expect([await matterValue(id, "days"), await matterValue(id, "version"), await matterValue(id, "remark")]).toEqual([15, 3, ""]);
  });

  it("cancels (撤销) the selected matter only with a reason; the row then reads 已撤销", async () => {
    const id = await newMatter("某重复交办的协调事项");
    await runAction(page, "拉取台账");
    await readMatter(id);
    await page.locator("#row-cancel").click();
    await poll(status).toBe("撤销未完成：请填写理由");
    await idle();
    expect(await matterValue(id, "remark")).toBe("撤销：请填写理由");
    await page.locator("#cancel-reason").fill("误录，与第 1 件重复交办");
    await page.locator("#row-cancel").click();
    await poll(status).toBe(`#${id}「某重复交办的协调事项」已撤销。`);
    expect((await api(t.office, `/api/v1/matters/${id}`)).body).toMatchObject({ status: "已撤销", version: 2 });
    expect([await matterValue(id, "status"), await matterValue(id, "remark")]).toEqual(["已撤销", ""]);
    expect(await page.locator("#row-matter-facts").textContent()).toContain("已撤销");
  });

  it("records a 通报表扬 for a unit selected on 考评汇总, and the score shows it", async () => {
    // A matter settled on time gives the lead unit a score to add to.
    const id = await newMatter("某执行案件财产查控协调", undefined, TODAY);
    expect((await api(t.office, `/api/v1/matters/${id}`, { method: "PATCH", json: { version: 1, settled: TODAY, result: "已协调查控到位" } })).status).toBe(200);
    const before = (await api(t.office, `/api/v1/assessment/${YEAR}`)).body.entries.find((e: { unit: string }) => e.unit === LEAD);
    expect(before.score).not.toBeNull();
    await page.locator("#summary-year").selectOption(String(YEAR));
    await runAction(page, "刷新汇总");
    const at = await unitCellOnSummary(LEAD);
    await select("考评汇总", at);
    await page.locator("#row-read").click();
    await poll(() => page.locator("#row-unit-title").textContent()).toBe(`${LEAD}（考评汇总）`);
    expect(await page.locator("#row-unit-score").textContent()).toContain(`${YEAR} 年：${before.score.toFixed(1)} 分`);
    await page.locator("#adjust-kind").selectOption("通报表扬");
    expect(await page.locator("#adjust-points").textContent()).toContain("每次 +2 分");
    await page.locator("#adjust-reason").fill("执行联动工作成效突出，县政府通报表扬");
    // The date is today by default.
    expect(await page.locator("#adjust-date").inputValue()).toBe(TODAY);
    await page.locator("#adjust-submit").click();
    const after = (before.score + 2).toFixed(1);
    await poll(status).toBe(`已记录：${LEAD} 通报表扬（${TODAY}）。${YEAR} 年得分：${before.score.toFixed(1)} 分 → ${after} 分。“考评汇总”已刷新。`);
    expect(await page.locator("#row-unit-score").textContent()).toContain(`${TODAY} 通报表扬（+2）`);
    const entry = (await api(t.office, `/api/v1/assessment/${YEAR}`)).body.entries.find((e: { unit: string }) => e.unit === LEAD);
    expect(entry).toMatchObject({ score: before.score + 2, flags: { commend: true } });
    // The rebuilt 考评汇总 shows the new score on the unit's row.
    const row = await summaryRow(LEAD);
    expect(row).toContain(Number(after));
    await keepScreenshot(page.locator("#row-panel"), "taskpane-row-adjustment.png");
  });

  it("refuses an adjustment without a reason on 成员单位 (the unit's cell red), then records a 问责", async () => {
    const unit = "县财政局";
    const names = (await sheetValues(page, "成员单位", "A2:A80")).map((r) => r[0]);
    const at = `A${names.indexOf(unit) + 2}`;
    expect(names).toContain(unit);
    await select("成员单位", at);
    await page.locator("#row-read").click();
    await poll(() => page.locator("#row-unit-title").textContent()).toBe(`${unit}（成员单位）`);
    await page.locator("#adjust-kind").selectOption("问责");
    expect(await page.locator("#adjust-points").textContent()).toBe("按考评方案每次 -5 分");
    await page.locator("#adjust-submit").click();
    await poll(status).toBe("记录加减分未完成：请填写事由");
    await idle();
    expect(await fillOf("成员单位", at)).toBe(REFUSAL_FILL);
    expect((await api(t.office, `/api/v1/assessment/${YEAR}/adjustments`)).body.adjustments.filter((a: { unit: string }) => a.unit === unit)).toEqual([]);
    await page.locator("#adjust-reason").fill("信访风险评估材料逾期未报");
    await page.locator("#adjust-submit").click();
    await poll(status).toMatch(new RegExp(`^已记录：${unit} 问责（${TODAY}）。${YEAR} 年得分：`));
    expect(await fillOf("成员单位", at)).toBe(SERVER_FILL);
    expect((await api(t.office, `/api/v1/assessment/${YEAR}/adjustments`)).body.adjustments).toContainEqual(
      expect.objectContaining({ unit, kind: "问责", reason: "信访风险评估材料逾期未报", date: TODAY }),
    );
  });

  it("shows the chosen year's draft 通报, read-only, and copies it", async () => {
    const draft = (await api(t.office, `/api/v1/assessment/${YEAR}/notice`)).body;
    await page.locator("#notice-button").click();
    await poll(() => page.locator("#notice-title").textContent()).toBe(draft.title);
    expect(await page.locator("#notice-text").inputValue()).toBe(draft.text);
    expect(await page.locator("#notice-text").evaluate((n) => (n as HTMLTextAreaElement).readOnly)).toBe(true);
    expect(draft.text).toContain(LEAD);
    await page.locator("#notice-copy").click();
    await poll(status).toBe("通报草稿已复制到剪贴板。");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(draft.text);
    await keepScreenshot(page.locator("#row-panel"), "taskpane-row-notice.png");
  });
});

type Tables = Map<string, { sheet: string; address: string }>;
const summaryTables = () =>
  page.evaluate(() =>
    [...(window as unknown as { __workbook: { tables: Tables } }).__workbook.tables.entries()]
      .filter(([, x]) => x.sheet === "考评汇总")
      .map(([name, x]) => ({ name, address: x.address })),
  );

/** The rows of 考评汇总's ranking and unranked tables, each with its address. */
async function summaryRows(): Promise<{ at: (c: number) => string; values: unknown[] }[]> {
  const out: { at: (c: number) => string; values: unknown[] }[] = [];
  for (const table of (await summaryTables()).filter((x) => x.name === "FuyuanRanking" || x.name === "FuyuanUnranked")) {
    const values = await sheetValues(page, "考评汇总", table.address);
    const m = /^([A-Z]+)(\d+)/.exec(table.address)!;
    const first = m[1]!.charCodeAt(0) - 65;
    values.forEach((v, i) => out.push({ at: (c) => cellAddress(Number(m[2]) - 1 + i, first + c), values: v }));
  }
  return out;
}

async function unitCellOnSummary(unit: string): Promise<string> {
  const row = (await summaryRows()).find((r) => r.values.includes(unit));
  expect(row).toBeDefined();
  return row!.at(row!.values.indexOf(unit));
}

async function summaryRow(unit: string): Promise<unknown[]> {
  return (await summaryRows()).find((r) => r.values.includes(unit))?.values ?? [];
}
