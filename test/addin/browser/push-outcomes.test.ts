import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { launchChromium, queryD1, startLocalWorker, tokenFor, type LocalWorker } from "./harness";
import { officeShimScript } from "./office-shim-bundle";
import { bodyCell, logLines, openPane, runAction, sheetValues, signIn, typeInto } from "./pane";

// What a push says against the real worker: a refusal in its own words on the row (not every 409 is a
// conflict), and a saved push that the workbook could not show reported as saved. Each case opens its
// own pane on a new workbook: a refused row keeps the user's text, so the next pull in the same
// workbook would (rightly) first ask what to do with that unsubmitted row.

const UNIT = "县财政局";
let worker: LocalWorker;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let shim: string;
let page: Page;
let unitToken: string;

const at = bodyCell;

async function api(token: string, route: string, init: { method?: string; json?: unknown } = {}) {
  const res = await fetch(`${worker.origin}${route}`, {
    method: init.method ?? "GET",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  return { status: res.status, body: (await res.json()) };
}

beforeAll(async () => {
  // dist/addin is built once for all files by test/tools/build-addin-once.ts.
  [worker, chromium, shim] = await Promise.all([startLocalWorker(), launchChromium(), officeShimScript()]);
  unitToken = await tokenFor(worker, "unit", UNIT);
});

beforeEach(async () => {
  page = (await openPane(chromium.context, worker.origin, { shim })).page;
  await signIn(page, unitToken);
});

afterEach(async () => {
  await page?.close();
});

afterAll(async () => {
  await chromium?.close();
  await worker?.stop();
});

const rowOf = async (id: number) => (await sheetValues(page, "督办事项", `${at("matters", 0, "id")}:${at("matters", 20, "id")}`)).findIndex((r) => r[0] === id);
const hasSheet = (name: string) => page.evaluate((n) => (window as unknown as { __workbook: { sheets: Map<string, unknown> } }).__workbook.sheets.has(n), name);


/**
 * The first task the unit answers for, asked one task at a time: 32 reads at once on top of a pull
 * would spend the token's read budget (120 per 10 s) and the next read would be refused 429.
 */
async function ownTask(token: string): Promise<number> {
  for (let no = 1; no <= 32; no++) {
    const r = (await api(token, `/api/v1/tasks/${no}/responsible`)).body as { units: string[] };
    if (r.units.includes(UNIT)) return no;
  }
  throw new Error(`${UNIT} answers for no task`);
}

describe("a member unit pushing", () => {
  it("is told on the row that a settled matter cannot be changed, with no 冲突 sheet", async () => {
    const office = await tokenFor(worker, "office");
    const created = await api(office, "/api/v1/matters", { method: "POST", json: { title: "某企业欠薪处置协调", source: "其他", lead: UNIT, assigned: "2026-11-02" } });
    expect(created.status).toBe(201);
    const settled = await api(unitToken, `/api/v1/matters/${created.body.id}`, { method: "PATCH", json: { version: created.body.version, settled: "2026-11-05", result: "已发放" } });
    expect(settled.status).toBe(200);
    const passed = await api(office, `/api/v1/matters/${created.body.id}/review`, { method: "POST", json: { version: settled.body.version, decision: "通过" } });
    expect(passed.body.status).toBe("已办结");

    await runAction(page, "拉取本单位数据");
    const row = await rowOf(created.body.id);
    expect(row).toBeGreaterThanOrEqual(0);
    expect(await typeInto(page, "督办事项", at("matters", row, "result"), "已全部发放到位")).toBe(true);
    await runAction(page, "提交本单位数据");

    const [stored] = await queryD1<{ result: string }>(worker, sql`select result from matters where id = ${created.body.id}`);
    expect(stored!.result).toBe("已发放");
    const after = await rowOf(created.body.id);
    expect(await sheetValues(page, "督办事项", at("matters", after, "remark"))).toEqual([["该事项已办结，不能再次办结"]]);
    expect(await sheetValues(page, "督办事项", at("matters", after, "result"))).toEqual([["已全部发放到位"]]);
    const log = (await logLines(page)).join("\n");
    expect(log).toContain("1 行对应的事项已经办结，不能再修改");
    expect(log).not.toContain("已被他人修改");
    expect(await hasSheet("冲突")).toBe(false);
  });

  it("sees a row typed for a period a colleague submitted meanwhile side by side on 冲突, while D1 keeps the colleague's text", async () => {
    await runAction(page, "拉取本单位数据");
    const own = await ownTask(unitToken);
    const free = ((await api(unitToken, "/api/v1/reports")).body.rows as unknown[]).length;
    expect(await typeInto(page, "进展报送", at("reports", free, "task"), own)).toBe(true);
    expect(await typeInto(page, "进展报送", at("reports", free, "period"), "2026-Q2")).toBe(true);
    expect(await typeInto(page, "进展报送", at("reports", free, "progress"), "二季度：本人填报")).toBe(true);
    // Before the push, a colleague of the same unit submits that task and period from another workbook.
    const colleague = await tokenFor(worker, "unit", UNIT);
    const theirs = await api(colleague, "/api/v1/reports", { method: "POST", json: { rows: [{ task: own, period: "2026-Q2", progress: "二季度：同事已报送" }] } });
    expect(theirs.status).toBe(200);
    await runAction(page, "提交本单位数据");

    const stored = await queryD1<{ progress: string; version: number }>(worker, sql`select r.progress, r.version from reports r join units u on u.id = r.unit_id where u.name = ${UNIT} and r.task_no = ${own} and r.period = '2026-Q2'`);
    expect(stored).toEqual([{ progress: "二季度：同事已报送", version: 1 }]);
    expect(await sheetValues(page, "冲突", "A1:F40")).toContainEqual(["进展报送", theirs.body.rows[0].id, "工作进展", "二季度：本人填报", "二季度：同事已报送", "是"]);
    const log = (await logLines(page)).join("\n");
    expect(log).toContain("1 行已被他人修改，双方内容已并列写入“冲突”表");
    expect(log).not.toContain("提交本单位数据失败");
    // The typed row stays as typed, for the user to decide.
    const [kept] = await sheetValues(page, "进展报送", `${at("reports", free, "task")}:${at("reports", free, "progress")}`);
    expect(kept).toContain("二季度：本人填报");
  });

  it("is told what was saved when Excel then fails to show it, never that the push failed", async () => {
    await runAction(page, "拉取本单位数据");
    const own = await ownTask(unitToken);
    // The first blank row below the unit's reports.
    const free = ((await api(unitToken, "/api/v1/reports")).body.rows as unknown[]).length;
    expect(await typeInto(page, "进展报送", at("reports", free, "task"), own)).toBe(true);
    expect(await typeInto(page, "进展报送", at("reports", free, "period"), "2026-Q3")).toBe(true);
    expect(await typeInto(page, "进展报送", at("reports", free, "progress"), "已完成三季度资金拨付")).toBe(true);
    await page.evaluate(() => (window as unknown as { __workbook: { failNextWrite(code: string): void } }).__workbook.failNextWrite("GeneralException"));
    await runAction(page, "提交本单位数据");

    const stored = await queryD1<{ progress: string }>(worker, sql`select r.progress from reports r join units u on u.id = r.unit_id where u.name = ${UNIT} and r.period = '2026-Q3'`);
    expect(stored).toEqual([{ progress: "已完成三季度资金拨付" }]);
    const log = await logLines(page);
    expect(log).toContainEqual(expect.stringMatching(/^“进展报送”：已保存 1 行；表格标注失败：Excel 内部出错，操作未完成。/));
    expect(log.join("\n")).not.toContain("提交本单位数据失败");
    expect(log.join("\n").replace(/Excel/g, "")).not.toMatch(/[A-Za-z]{3,}/);
  });
});
