import { chinaToday } from "../../../domain/calendar/china-today";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { columnLetter } from "../../../addin/workbook/address";
import { layoutOf } from "../../../addin/workbook/layouts";
import { serialOfIso } from "../../../addin/shared/excel-date";
import { launchChromium, queryD1, startLocalWorker, tokenFor, tokensFor, type LocalWorker, callWorker, keepScreenshot } from "./harness";
import { officeShimScript } from "./office-shim-bundle";
import { bodyCell, answerAsk, cellFormula, logLines, openPane, runAction, saveWorkbook, sheetTexts, sheetValues, signIn, typeInto } from "./pane";

const UNIT = "县财政局";

let worker: LocalWorker;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let shim: string;
/** Tokens issued once for the file: signing out forgets a token in the pane but does not revoke it. */
const tokens = { unit: "", office: "", leader: "" };

const at = bodyCell;

const api = (token: string, route: string, init: { method?: string; json?: unknown } = {}) => callWorker(worker.origin, token, route, init);

beforeAll(async () => {
  // dist/addin is built once for all files by test/tools/build-addin-once.ts.
  [worker, chromium, shim] = await Promise.all([startLocalWorker(), launchChromium(), officeShimScript()]);
  Object.assign(
    tokens,
    await tokensFor(worker, { unit: { role: "unit", unit: UNIT }, office: { role: "office" }, leader: { role: "leader" } }),
  );
});

afterAll(async () => {
  await chromium?.close();
  await worker?.stop();
});
describe("office staff in Excel", () => {
  let page: Page;
  let token: string;

  beforeAll(async () => {
    token = tokens.office;
    page = (await openPane(chromium.context, worker.origin, { shim })).page;
    await signIn(page, token);
  });

  afterAll(() => page?.close());

  it("pull the whole ledger: the 32 tasks with their lead units, by their canonical names", async () => {
    expect(await page.locator("#who").textContent()).toBe("办公室");
    await runAction(page, "拉取台账");
    const tasks = (await api(token, "/api/v1/tasks")).body.tasks as { no: number; units: { name: string; unit: string; lead: boolean }[] }[];
    const columns = layoutOf("tasks").columns.map((c) => c.key);
    const rows = await sheetValues(page, "重点工作", `${at("tasks", 0, "no")}:${at("tasks", 31, "text")}`);
    expect(rows.map((r) => r[columns.indexOf("no")])).toEqual(tasks.map((t) => t.no));
    expect(rows.map((r) => r[columns.indexOf("lead")])).toEqual(tasks.map((t) => t.units.find((u) => u.lead)?.unit ?? ""));
    // Where the plan wrote another name (task 19's 县经信局), it stays beside the canonical one.
    const renamed = tasks.find((t) => t.units.some((u) => u.name !== u.unit))!;
    const written = rows[tasks.indexOf(renamed)]![columns.indexOf("written")];
    expect(written).toContain(renamed.units.filter((u) => u.name !== u.unit).map((u) => `${u.name} → ${u.unit}`)[0]);
    expect(await logLines(page)).toContainEqual(expect.stringMatching(/^拉取完成，共写入 \d+ 行。$/));
    // The pull ends on the office's supervision sheet, which prints as a 台账 page.
    const landed = await page.evaluate(() => {
      const wb = (window as unknown as { __workbook: { activeSheet: string; sheet(n: string): { pageLayout: unknown } } }).__workbook;
      return { active: wb.activeSheet, page: wb.sheet("重点工作").pageLayout };
    });
    expect(landed.active).toBe("督办事项");
    expect(landed.page).toMatchObject({ orientation: "Landscape", paperSize: "A4", titleRows: "$1:$1" });
    await keepScreenshot(page, "taskpane-office.png");
  });

  it("see a settlement that lost a race side by side on 冲突, while D1 keeps the other's version", async () => {
    const created = await api(token, "/api/v1/matters", {
      method: "POST",
      json: { title: "某企业破产财产处置协调", source: "其他", lead: UNIT, assigned: "2026-11-02" },
    });
    expect(created.status).toBe(201);
    await runAction(page, "拉取台账");
    const unitToken = tokens.unit;
    const theirs = await api(unitToken, `/api/v1/matters/${created.body.id}`, {
      method: "PATCH",
      json: { version: created.body.version, settled: "2026-11-10", result: "已处置完毕（单位填报）" },
    });
    expect(theirs.status).toBe(200);

    const ids = (await sheetValues(page, "督办事项", `${at("matters", 0, "id")}:${at("matters", 5, "id")}`)).map((r) => r[0]);
    const row = ids.indexOf(created.body.id);
    expect(await typeInto(page, "督办事项", at("matters", row, "settled"), serialOfIso("2026-11-12")!)).toBe(true);
    expect(await typeInto(page, "督办事项", at("matters", row, "result"), "已处置（办公室填报）")).toBe(true);
    await runAction(page, "提交修改");

    const [stored] = await queryD1<{ result: string }>(worker, sql`select result from matters where id = ${created.body.id}`);
    expect(stored!.result).toBe("已处置完毕（单位填报）");
    const conflict = await sheetValues(page, "冲突", "A1:F40");
    expect(conflict).toContainEqual(["督办事项", created.body.id, "办理结果", "已处置（办公室填报）", "已处置完毕（单位填报）", "是"]);
    const [kept] = await sheetValues(page, "督办事项", at("matters", row, "result"));
    expect(kept).toEqual(["已处置（办公室填报）"]);
  });

  it("load a new year's holidays typed into 节假日 into D1", async () => {
    // The conflicting settlement is still unsubmitted on 督办事项: the pull asks, and keeps it.
    await runAction(page, "拉取台账", "保留修改并合并");
    // One row per holiday period: a new year's 元旦 is its start day (the year follows from it).
    const filled = (await sheetValues(page, "节假日", `${at("calendar", 0, "from")}:${at("calendar", 600, "from")}`)).findIndex((r) => r[0] === "");
    expect(await typeInto(page, "节假日", at("calendar", filled, "from"), serialOfIso("2031-01-01")!)).toBe(true);
    await runAction(page, "载入节假日");
    const days = await queryD1<{ date: string; kind: string }>(worker, sql`select date, kind from calendar_days where year = 2031`);
    expect(days).toEqual([{ date: "2031-01-01", kind: "off" }]);
    expect((await logLines(page)).join("\n")).toContain("2031 年：放假 1 天、调休上班 0 天已载入");
  });

  it("can cancel a pull while it downloads, and says so", async () => {
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route("**/api/v1/reports", async (route) => {
      await held;
      await route.continue().catch(() => undefined);
    });
    await page.locator("#actions button", { hasText: "拉取台账" }).click();
    await answerAsk(page, "保留修改并合并");
    await page.locator("#progress").waitFor({ state: "visible" });
    await page.locator("#cancel").click();
    await page.locator("#progress").waitFor({ state: "hidden" });
    release();
    await page.unroute("**/api/v1/reports");
    expect(await logLines(page)).toContain("拉取台账已取消，已写入的内容保留，可重新执行。");
  });
});

describe("a leader in Excel", () => {
  it("refreshes 考评汇总 and sees the ranking with the units scored", async () => {
    const token = tokens.leader;
    const { page } = await openPane(chromium.context, worker.origin, { shim });
    await signIn(page, token);
    const actions = await page.locator("#actions button").evaluateAll((bs) => bs.map((b) => b.firstChild?.textContent));
    expect(actions).toEqual(["刷新汇总"]);
    const year = Number(chinaToday(new Date()).slice(0, 4));
    const january = chinaToday(new Date()).slice(5, 7) === "01";
    expect(await page.locator("#summary-year option").allTextContents()).toEqual([`${year}年`, `${year - 1}年`]);
    expect(await page.locator("#summary-year").inputValue()).toBe(String(january ? year - 1 : year));
    await runAction(page, "刷新汇总");
    const texts = await sheetTexts(page, "考评汇总");
    expect(texts).toContain("排名");
    expect(texts).toContain(UNIT);
    expect((await logLines(page)).join("\n")).toContain("“考评汇总”已刷新");
    // Last year's result, chosen in the pane.
    await page.locator("#summary-year").selectOption(String(year - 1));
    await runAction(page, "刷新汇总");
    expect(await sheetTexts(page, "考评汇总")).toContain(`${year - 1}年度府院联动工作考评汇总`);
    await keepScreenshot(page, "taskpane-leader.png");
    await page.close();
  });
});

describe("a clerk who closes the workbook and reopens it another day", () => {
  const period = "2027-Q1";
  let token: string;
  let task: number;
  let other: number;
  let reportId: number;

  beforeAll(async () => {
    token = await tokenFor(worker, "unit", UNIT);
    const responsible = await Promise.all(
      Array.from({ length: 32 }, (_, i) => api(token, `/api/v1/tasks/${i + 1}/responsible`).then((r) => r.body as { no: number; units: string[] })),
    );
    task = responsible.find((t) => t.units.includes(UNIT))!.no;
    other = responsible.find((t) => t.units.length > 0 && !t.units.includes(UNIT))!.no;
    const seeded = await api(token, "/api/v1/reports", { method: "POST", json: { rows: [{ task, period, progress: "一季度：已启动" }] } });
    expect(seeded.status).toBe(200);
    reportId = seeded.body.rows[0].id;
  });

  it("pushes after reopening exactly the rows changed, with one refused and one in conflict, and keeps the clerk's own column on the next pull", async () => {
    let { page } = await openPane(chromium.context, worker.origin, { shim });
    await signIn(page, token);
    await runAction(page, "拉取本单位数据");
    const ids = (await sheetValues(page, "进展报送", `${at("reports", 0, "id")}:${at("reports", 40, "id")}`)).map((r) => r[0]);
    const row = ids.indexOf(reportId);
    const free = ids.indexOf("");
    expect(row).toBeGreaterThanOrEqual(0);
    // The clerk's edits, and a column of the clerk's own right of the table (K), with a formula.
    expect(await typeInto(page, "进展报送", at("reports", row, "progress"), "一季度：已完成摸底（本人）")).toBe(true);
    expect(await typeInto(page, "进展报送", at("reports", free, "task"), other)).toBe(true);
    expect(await typeInto(page, "进展报送", at("reports", free, "period"), period)).toBe(true);
    expect(await typeInto(page, "进展报送", at("reports", free, "progress"), "不该由本单位报送的一行")).toBe(true);
    // The first two columns right of the table (校验意见 is its last column).
    const width = layoutOf("reports").columns.length;
    const [K, L] = [columnLetter(width), columnLetter(width + 1)];
    await typeInto(page, "进展报送", `${K}1`, "我的备注");
    await typeInto(page, "进展报送", `${K}${row + 2}`, "已电话确认");
    await typeInto(page, "进展报送", `${L}${row + 2}`, `=LEN(E${row + 2})`);

    // Close the workbook; meanwhile a colleague changes the same report on the server.
    const saved = await saveWorkbook(page);
    await page.close();
    const theirs = await api(token, "/api/v1/reports", { method: "POST", json: { rows: [{ task, period, progress: "一季度：同事已更新", version: 1 }] } });
    expect(theirs.status).toBe(200);

    // Reopen: a new runtime, the snapshot comes from the workbook.
    page = (await openPane(chromium.context, worker.origin, { shim, saved })).page;
    await page.locator("#session").waitFor({ state: "visible" });
    await runAction(page, "提交本单位数据");
    const log = (await logLines(page)).join("\n");
    expect(log).not.toContain("尚未拉取");
    expect(log).toContain("1 行没有权限提交");
    expect(log).toContain("1 行已被他人修改");
    const [stored] = await queryD1<{ progress: string; version: number }>(worker, sql`select progress, version from reports where id = ${reportId}`);
    expect(stored).toEqual({ progress: "一季度：同事已更新", version: 2 });
    expect(await sheetValues(page, "冲突", "A1:F40")).toContainEqual(["进展报送", reportId, "工作进展", "一季度：已完成摸底（本人）", "一季度：同事已更新", "是"]);

    // Pull again: the two rows are still unsubmitted; keep them. The clerk's column is where it was.
    await page.locator("#actions button", { hasText: "拉取本单位数据" }).click();
    expect(await answerAsk(page, "保留修改并合并")).toContain("2 行修改尚未提交");
    await page.locator("#progress").waitFor({ state: "hidden" });
    const after = (await sheetValues(page, "进展报送", `${at("reports", 0, "id")}:${at("reports", 40, "id")}`)).map((r) => r[0]);
    expect(after.indexOf(reportId)).toBe(row);
    expect(await sheetValues(page, "进展报送", `${K}1:${K}${row + 2}`)).toContainEqual(["已电话确认"]);
    expect((await sheetValues(page, "进展报送", `${K}${row + 2}`))[0]).toEqual(["已电话确认"]);
    expect(await cellFormula(page, "进展报送", `${L}${row + 2}`)).toBe(`=LEN(E${row + 2})`);
    const [mine] = await sheetValues(page, "进展报送", at("reports", row, "progress"));
    expect(mine).toEqual(["一季度：已完成摸底（本人）"]);
    await keepScreenshot(page, "taskpane-reopened.png");
    await page.close();
  });
});
