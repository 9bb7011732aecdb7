import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { callWorker, launchChromium, startLocalWorker, tokensFor, type LocalWorker, keepScreenshot } from "./harness";

let worker: LocalWorker;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let dir: string;
let t: { unit: string; office: string };

beforeAll(async () => {
  [worker, chromium, dir] = await Promise.all([startLocalWorker(), launchChromium(), mkdtemp(path.join(os.tmpdir(), "fuyuan-upload-"))]);
  t = await tokensFor(worker, { unit: { role: "unit", unit: "县财政局" }, office: { role: "office" } });
});

afterAll(async () => {
  await chromium?.close();
  await worker?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function downloaded(page: Page, click: () => Promise<unknown>): Promise<{ name: string; wb: ExcelJS.Workbook }> {
  const [dl] = await Promise.all([page.waitForEvent("download"), click()]);
  const file = path.join(dir, dl.suggestedFilename());
  await dl.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(file)).buffer);
  return { name: dl.suggestedFilename(), wb };
}

async function fill(wb: ExcelJS.Workbook, blankRow: number | null, name: string): Promise<string> {
  const ws = wb.getWorksheet("报送表")!;
  for (let r = 5; r <= ws.rowCount; r++) ws.getCell(`D${r}`).value = r === blankRow ? null : `第${ws.getCell(`A${r}`).text}项本季度按计划推进`;
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("the 报送表 upload page", () => {
  let page: Page;

  beforeAll(async () => {
    page = await chromium.context.newPage();
    const res = await page.goto(`${worker.origin}/upload`);
    expect(res?.status()).toBe(200);
    // The same security headers as the task pane.
    const pane = await fetch(`${worker.origin}/taskpane.html`);
    expect(res?.headers()["content-security-policy"]).toBe(pane.headers.get("content-security-policy"));
  });

  afterAll(() => page?.close());

  it("signs in with the token and downloads the unit's template for the period", async () => {
    await expect.poll(() => page.locator("h1").textContent()).toContain("报送表上传");
    await page.fill("#token", "错误的令牌");
    await page.click("#signin-button");
    await expect.poll(() => page.locator("#status").textContent()).toContain("令牌有误");
    await page.fill("#token", "0123456789abcdef0123456789abcdef");
    await page.click("#signin-button");
    await expect.poll(() => page.locator("#status").textContent()).not.toContain("令牌有误");
    expect(await page.locator("#work").isHidden()).toBe(true);
    await page.fill("#token", t.unit);
    await page.click("#signin-button");
    await expect.poll(() => page.locator("#who").textContent()).toBe("县财政局");
    await page.fill("#period", "2026-Q4");
    const { name, wb } = await downloaded(page, () => page.click("#download"));
    expect(name).toBe("县财政局-2026-Q4-报送表.xlsx");
    expect(wb.getWorksheet("报送表")!.getCell("A2").text).toBe("报送单位：县财政局");
  });

  it("shows each refused cell when a row lacks its progress, offers the marked file, and stores nothing", async () => {
    const { wb } = await downloaded(page, () => page.click("#download"));
    await page.setInputFiles("#file", await fill(wb, 6, "refused.xlsx"));
    await page.click("#upload");
    await expect.poll(() => page.locator("#status").textContent()).toBe("提交的数据有误，请按提示修改后重试");
    await expect.poll(() => page.locator("#result-list li").first().textContent()).toContain("第6行“工作进展（必填）”");
    await keepScreenshot(page, "upload-refused.png", { fullPage: true });
    const marked = await downloaded(page, () => page.click("#marked"));
    const ws = marked.wb.getWorksheet("报送表")!;
    expect(ws.getCell("D6").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(ws.getCell("G6").text).toContain("请填写工作进展");
    const stored = await callWorker(worker.origin, t.office, "/api/v1/reports?period=2026-Q4");
    expect(stored.body.rows).toEqual([]);
  });

  it("stores the filled file and lists what was stored", async () => {
    const { wb } = await downloaded(page, () => page.click("#download"));
    const n = wb.getWorksheet("报送表")!.rowCount - 4;
    await page.setInputFiles("#file", await fill(wb, null, "filled.xlsx"));
    await page.click("#upload");
    await expect.poll(() => page.locator("#status").textContent()).toBe(`已保存 ${n} 行`);
    expect(await page.locator("#result-list li").count()).toBe(n);
    await keepScreenshot(page, "upload-stored.png", { fullPage: true });
    const stored = await callWorker(worker.origin, t.office, "/api/v1/reports?period=2026-Q4");
    expect(stored.body.rows).toHaveLength(n);
    expect(stored.body.rows.every((r: any) => r.unit === "县财政局")).toBe(true);
  });
});
