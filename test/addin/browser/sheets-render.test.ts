import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chinaToday } from "../../../domain/calendar/china-today";
import { callWorker, launchChromium, startLocalWorker, tokenFor, type LocalWorker, screenshotsDir } from "./harness";
import { officeShimScript } from "./office-shim-bundle";
import { openPane, runAction, saveWorkbook, signIn } from "./pane";
import { renderSheetHtml } from "./sheet-render";

// Every sheet the office's pull and a summary refresh write, drawn from the mock workbook as Excel shows
// it at 100% and photographed; what a clerk reads first is checked on the drawing: no text cut off by
// its column (a cell that does not wrap and is wider than its column).

const screenshots = process.env.UPDATE_SCREENSHOTS ? screenshotsDir() : mkdtempSync(path.join(os.tmpdir(), "fuyuan-sheets-"));
const SHEETS = ["重点工作", "成员单位", "督办事项", "进展报送", "节假日", "考评汇总", "考评明细"];

let worker: LocalWorker;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let shim: string;
let saved: string;

beforeAll(async () => {
  [worker, chromium, shim] = await Promise.all([startLocalWorker(), launchChromium(), officeShimScript()]);
  const office = await tokenFor(worker, "office");
  const unit = await tokenFor(worker, "unit", "县财政局");
  const api = (token: string, route: string, json?: unknown) => callWorker(worker.origin, token, route, json === undefined ? {} : { method: "POST", json });
  const today = chinaToday(new Date());
  for (const [title, lead, assigned] of [
    ["协调某房地产企业破产重整中的职工债权清偿问题", "县财政局", "2026-11-02"],
    ["涉企行政争议实质性化解（某建材公司诉县自然资源局）", "县司法局", "2026-11-20"],
    ["执行联动：被执行人财产查控", "县公安局", today],
  ] as const) {
    expect((await api(office, "/api/v1/matters", { title, source: "专题会议", lead, assigned })).status).toBe(201);
  }
  const tasks = (await api(unit, "/api/v1/tasks")).body.tasks as { no: number; units: { unit: string | null }[] }[];
  const own = tasks.find((t) => t.units.some((u) => u.unit === "县财政局"))!.no;
  const report = await api(unit, "/api/v1/reports", {
    rows: [{ task: own, period: "2026-Q4", progress: "本季度协调财政资金保障府院联动专项工作，完成两次专题会商，推动三件涉企案件化解。", problems: "部分案件涉及多部门，协调周期较长。", plan: "下季度建立月度会商机制。" }],
  });
  expect(report.status).toBe(200);

  const { page } = await openPane(chromium.context, worker.origin, { shim });
  await signIn(page, office);
  await runAction(page, "拉取台账");
  await runAction(page, "刷新汇总");
  saved = await saveWorkbook(page);
  await page.close();
}, 180_000);

afterAll(async () => {
  await chromium?.close();
  await worker?.stop();
});

describe("each sheet as the clerk sees it", () => {
  it.each(SHEETS)("%s: drawn at full size, no text cut off by its column", async (name) => {
    const page = await chromium.context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.setContent(renderSheetHtml(saved, name));
    const cut = await page.locator('td[data-wrap="0"] > div').evaluateAll((divs) =>
      divs.filter((d) => d.scrollWidth > Number((d.parentElement as HTMLElement).dataset.room) + 1).map((d) => `${(d.parentElement as HTMLElement).dataset.cell}「${d.textContent}」`),
    );
    await page.screenshot({ path: path.join(screenshots, `sheet-${name}.png`) });
    await page.close();
    expect(cut).toEqual([]);
  });
});
