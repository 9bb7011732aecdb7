import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { cellAddress } from "../../../addin/workbook/address";
import { layoutOf } from "../../../addin/workbook/layouts";
import { launchChromium, startLocalWorker, tokenFor, type LocalWorker, callWorker, keepScreenshot } from "./harness";
import { officeShimScript } from "./office-shim-bundle";
import { openPane, runAction, sheetValues, signIn } from "./pane";


let worker: LocalWorker;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let shim: string;
let page: Page;
/** The matter the office's flow creates; the unit's flow reads its history as that left it. */
let id: number;

const api = (token: string, route: string, init: { method?: string; json?: unknown } = {}) => callWorker(worker.origin, token, route, init);

/** Selects a cell of a mock sheet, as a user clicking it. */
const select = (sheet: string, address: string) =>
  page.evaluate(([s, a]) => void ((window as unknown as { __workbook: { selection: unknown } }).__workbook.selection = { sheet: s, address: a }), [sheet, address]);

const historyItems = () => page.locator("#history-list li").evaluateAll((lis) => lis.map((li) => li.textContent ?? ""));

beforeAll(async () => {
  // dist/addin is built once for all files by test/tools/build-addin-once.ts.
  [worker, chromium, shim] = await Promise.all([startLocalWorker(), launchChromium(), officeShimScript()]);
});

afterAll(async () => {
  await page?.close();
  await chromium?.close();
  await worker?.stop();
});

describe("查看历史 in the task pane", () => {

  beforeAll(async () => {
    const [office, co] = await Promise.all([tokenFor(worker, "office"), tokenFor(worker, "unit", "县科商经信局")]);
    const created = await api(office, "/api/v1/matters", {
      method: "POST",
      json: { title: "某企业破产案件资产处置协调", task: 19, source: "会议纪要", lead: "县法院", co: ["县科商经信局"], assigned: "2026-04-30" },
    });
    expect(created.status).toBe(201);
    id = created.body.id;
    for (const [version, contribution] of [[1, "已提供企业名录"], [2, "已提供企业名录及资产清单"]] as const) {
      expect((await api(co, `/api/v1/matters/${id}`, { method: "PATCH", json: { version, contribution } })).status).toBe(200);
    }
    page = (await openPane(chromium.context, worker.origin, { shim })).page;
    await signIn(page, office);
    await runAction(page, "拉取台账");
  });

  it("says what to select when the selection is not on a ledger row", async () => {
    await select("重点工作", "B3");
    await page.locator("#history-button").click();
    await expect.poll(() => page.locator("#history-title").textContent()).toBe("请先在“督办事项”或“进展报送”表中选中要查看的行。");
  });

  it("lists the selected matter's changes in order, in Chinese, with each field before and after", async () => {
    const columns = layoutOf("matters").columns.map((c) => c.key);
    const ids = (await sheetValues(page, "督办事项", `A2:A10`)).map((r) => r[0]);
    const row = ids.indexOf(id) + 1;
    expect(row).toBeGreaterThan(0);
    await select("督办事项", cellAddress(row, columns.indexOf("result")));
    await page.locator("#history-button").click();
    await expect.poll(() => page.locator("#history-title").textContent()).toBe(`督办事项 ${id}：共 3 条修改记录（按时间先后）`);
    const items = await historyItems();
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/办公室 新建（修改记录 \d+，版本 1）/);
    expect(items[0]).toContain("事项名称：某企业破产案件资产处置协调");
    expect(items[1]).toMatch(/县科商经信局 填写协办情况（修改记录 \d+，版本 2）/);
    expect(items[1]).toContain("协办情况（县科商经信局）：（空） → 已提供企业名录");
    expect(items[2]).toContain("协办情况（县科商经信局）：已提供企业名录 → 已提供企业名录及资产清单");
    await keepScreenshot(page, "taskpane-history.png", { fullPage: true });
  });

  it("lets the office restore an earlier version from the list, as a new change the list then shows", async () => {
    const buttons = page.locator("#history-list .history-restore");
    // Every change but the latest (the row as it is now) can be restored.
    await expect.poll(() => buttons.count()).toBe(2);
    await page.locator("#history-list li").nth(1).locator(".history-restore").click();
    await expect.poll(() => page.locator("#history-status").textContent()).toMatch(/^已恢复到修改记录 \d+ 之后的版本；请拉取台账以更新表格。$/);
    await expect.poll(() => page.locator("#history-title").textContent()).toBe(`督办事项 ${id}：共 4 条修改记录（按时间先后）`);
    const items = await historyItems();
    expect(items[3]).toMatch(/办公室 恢复历史版本（修改记录 \d+，版本 4）/);
    expect(items[3]).toContain("协办情况：县科商经信局：已提供企业名录及资产清单 → 县科商经信局：已提供企业名录");
    expect(items[3]).not.toContain("恢复到此版本");
    const office = await tokenFor(worker, "office");
    const now = await api(office, `/api/v1/matters/${id}`);
    expect(now.body).toMatchObject({ version: 4 });
    expect(now.body.contributions).toEqual([expect.objectContaining({ unit: "县科商经信局", contribution: "已提供企业名录" })]);
    await keepScreenshot(page, "taskpane-history-restored.png", { fullPage: true });
  });

  it("says why a restore is refused when the row changed since the list was read (409)", async () => {
    const co = await tokenFor(worker, "unit", "县科商经信局");
    expect((await api(co, `/api/v1/matters/${id}`, { method: "PATCH", json: { version: 4, contribution: "又补充了材料" } })).status).toBe(200);
    await page.locator("#history-list li").nth(0).locator(".history-restore").click();
    await expect.poll(() => page.locator("#history-status").textContent()).toMatch(/^恢复失败：/);
    expect((await api(co, `/api/v1/matters/${id}`)).body).toMatchObject({ version: 5 });
  });
});


describe("查看历史 for a unit", () => {
  let reportId: number;
  const pages: Page[] = [];

  /** A fresh pane (its own page and mock workbook), as a unit opening Excel on another machine's profile would. */
  const freshPane = async () => {
    const p = (await openPane(chromium.context, worker.origin, { shim })).page;
    pages.push(p);
    return p;
  };
  const selectOn = (p: Page, sheet: string, address: string) =>
    p.evaluate(([s, a]) => void ((window as unknown as { __workbook: { selection: unknown } }).__workbook.selection = { sheet: s, address: a }), [sheet, address]);
  /** Selects the row of `rowId` on `sheet`, opens its history and waits for the list of `count` changes. */
  const openHistory = async (p: Page, key: "matters" | "reports", rowId: number, count: number) => {
    const layout = layoutOf(key);
    const ids = (await sheetValues(p, layout.sheet, "A2:A60")).map((r) => r[0]);
    const row = ids.indexOf(rowId) + 1;
    expect(row, `${layout.sheet} ${rowId}`).toBeGreaterThan(0);
    await selectOn(p, layout.sheet, cellAddress(row, 1));
    await p.locator("#history-button").click();
    const what = key === "matters" ? "督办事项" : "进展报送";
    await expect.poll(() => p.locator("#history-title").textContent()).toBe(`${what} ${rowId}：共 ${count} 条修改记录（按时间先后）`);
    expect(await p.locator("#history-list li").count()).toBe(count);
  };

  beforeAll(async () => {
    const [office, court] = await Promise.all([tokenFor(worker, "office"), tokenFor(worker, "unit", "县法院")]);
    expect((await api(office, `/api/v1/matters/${id}`)).body).toMatchObject({ lead: "县法院", version: 5 });
    const rep = await api(court, "/api/v1/reports", { method: "POST", json: { rows: [{ task: 14, period: "2026-Q2", progress: "已完成第一批涉税事项" }] } });
    expect(rep.status).toBe(200);
    reportId = rep.body.rows[0].id;
    const again = await api(court, "/api/v1/reports", { method: "POST", json: { rows: [{ task: 14, period: "2026-Q2", progress: "已完成第二批涉税事项", version: 1 }] } });
    expect(again.status).toBe(200);
  });

  afterAll(async () => {
    for (const p of pages) await p.close();
  });

  it("shows the lead unit its matter's and report's changes without 恢复到此版本; a fresh pane first restores the saved token", async () => {
    const p = await freshPane();
    // The office signed in on this profile before: the new pane comes up as the office, from its saved token.
    await p.locator("#session").waitFor({ state: "visible" });
    expect(await p.locator("#who").textContent()).toBe("办公室");
    await signIn(p, await tokenFor(worker, "unit", "县法院"));
    expect(await p.locator("#who").textContent()).toBe("县法院 · 成员单位");
    await runAction(p, "拉取本单位数据");
    await openHistory(p, "matters", id, 5);
    expect(await p.locator("#history-list .history-restore").count()).toBe(0);
    expect(await p.locator("#history-list").textContent()).not.toContain("恢复到此版本");
    await openHistory(p, "reports", reportId, 2);
    expect(await p.locator("#history-list .history-restore").count()).toBe(0);
    await keepScreenshot(p, "taskpane-history-unit.png", { fullPage: true });
  });

  it("shows a co-unit none either, in a fresh pane that restored the lead unit's token", async () => {
    const p = await freshPane();
    await p.locator("#session").waitFor({ state: "visible" });
    expect(await p.locator("#who").textContent()).toBe("县法院 · 成员单位");
    await signIn(p, await tokenFor(worker, "unit", "县科商经信局"));
    expect(await p.locator("#who").textContent()).toBe("县科商经信局 · 成员单位");
    await runAction(p, "拉取本单位数据");
    await openHistory(p, "matters", id, 5);
    expect(await p.locator("#history-list .history-restore").count()).toBe(0);
    // The office's pane, opened before, still offers restoring the same row.
    await select("督办事项", cellAddress((await sheetValues(page, "督办事项", "A2:A10")).map((r) => r[0]).indexOf(id) + 1, 1));
    await page.locator("#history-button").click();
    await expect.poll(() => page.locator("#history-title").textContent()).toBe(`督办事项 ${id}：共 5 条修改记录（按时间先后）`);
    expect(await page.locator("#history-list .history-restore").count()).toBe(4);
  });
});
