import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { cellAddress } from "../../../addin/workbook/address";
import { layoutOf } from "../../../addin/workbook/layouts";
import { launchChromium, queryD1, startLocalWorker, tokenFor, type LocalWorker, callWorker, keepScreenshot } from "./harness";
import { officeShimScript } from "./office-shim-bundle";
import { logLines, openPane, runAction, sheetValues, signIn } from "./pane";

// The office reviewing settlements (审核办结) from the pane against the real worker: one passed, one
// sent back with a reason after the pane refused to send it back without one.

const UNIT = "县财政局";
let worker: LocalWorker;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
let office: string;
let unit: string;

const at = (bodyRow: number, column: string) => cellAddress(bodyRow + 1, layoutOf("matters").columns.findIndex((c) => c.key === column));

const api = (token: string, route: string, init: { method?: string; json?: unknown } = {}) => callWorker(worker.origin, token, route, init);

/** A matter led by 县财政局 and settled by it: waiting for the office's review. */
async function settledByUnit(title: string) {
  const created = await api(office, "/api/v1/matters", { method: "POST", json: { title, source: "专题会议", lead: UNIT, assigned: "2026-11-02" } });
  expect(created.status).toBe(201);
  const settled = await api(unit, `/api/v1/matters/${created.body.id}`, { method: "PATCH", json: { version: 1, settled: "2026-11-05", result: `${title}已处理完毕` } });
  expect(settled.body).toMatchObject({ status: "待审核", state: "待审核" });
  return created.body.id as number;
}

/** The sheet row of matter `id` and its cell in `column`. */
async function cellOf(id: number, column: string) {
  const ids = await sheetValues(page, "督办事项", `${at(0, "id")}:${at(40, "id")}`);
  const row = ids.findIndex((r) => r[0] === id);
  expect(row).toBeGreaterThanOrEqual(0);
  return (await sheetValues(page, "督办事项", at(row, column)))[0]![0];
}

beforeAll(async () => {
  // dist/addin is built once for all files by test/tools/build-addin-once.ts.
  let shim: string;
  [worker, chromium, shim] = await Promise.all([startLocalWorker(), launchChromium(), officeShimScript()]);
  [office, unit] = await Promise.all([tokenFor(worker, "office"), tokenFor(worker, "unit", UNIT)]);
  page = (await openPane(chromium.context, worker.origin, { shim })).page;
  await signIn(page, office);
});

afterAll(async () => {
  await page?.close();
  await chromium?.close();
  await worker?.stop();
});

describe("the office reviewing settlements in the pane", () => {
  it("passes one settlement and sends another back with a reason, and 督办事项 shows both outcomes", async () => {
    const pass = await settledByUnit("某企业欠薪纠纷化解");
    const back = await settledByUnit("某破产企业职工安置协调");
    await runAction(page, "拉取台账");
    expect([await cellOf(pass, "status"), await cellOf(pass, "state")]).toEqual(["待审核", "待审核"]);

    await page.locator("#actions button", { hasText: "审核办结" }).click();
    const box = page.locator("#review");
    await box.waitFor({ state: "visible" });
    // Newest first: the second matter comes up first.
    await expect.poll(() => page.locator("#review-title").textContent()).toContain("某破产企业职工安置协调");
    expect(await page.locator("#review-facts").textContent()).toContain("某破产企业职工安置协调已处理完毕");

    await page.locator("#review-return").click();
    await expect.poll(() => page.locator("#review-error").textContent()).toBe("退回时请填写退回理由");
    await page.locator("#review-note").fill("缺少职工签收凭证，请补充后再报");
    await keepScreenshot(page, "taskpane-office-review.png", { fullPage: true });
    await page.locator("#review-return").click();

    await expect.poll(() => page.locator("#review-title").textContent()).toContain("某企业欠薪纠纷化解");
    expect(await page.locator("#review-note").inputValue()).toBe("");
    await page.locator("#review-pass").click();
    await page.locator("#progress").waitFor({ state: "hidden" });

    const log = (await logLines(page)).join("\n");
    expect(log).toContain("审核完成：通过 1 件，退回 1 件。");
    expect(log).toContain(`#${back}「某破产企业职工安置协调」已退回重办（缺少职工签收凭证，请补充后再报）`);
    expect(log).toContain(`#${pass}「某企业欠薪纠纷化解」已通过，事项办结`);

    expect([await cellOf(pass, "status"), await cellOf(pass, "state")]).toEqual(["已办结", "按期办结"]);
    expect(await cellOf(back, "status")).toBe("办理中");
    expect(await cellOf(back, "settled")).toBe("");

    const stored = await queryD1<{ id: number; status: string; returns: number; settled: string | null }>(
      worker,
      sql`select id, status, returns, settled from matters where id in (${pass}, ${back}) order by id`,
    );
    expect(stored).toEqual([
      { id: pass, status: "已办结", returns: 0, settled: "2026-11-05" },
      { id: back, status: "办理中", returns: 1, settled: null },
    ]);
    const reviews = await queryD1<{ matter_id: number; decision: string; note: string | null; settled: string }>(
      worker,
      sql`select matter_id, decision, note, settled from matter_reviews order by id`,
    );
    expect(reviews).toEqual([
      { matter_id: back, decision: "退回", note: "缺少职工签收凭证，请补充后再报", settled: "2026-11-05" },
      { matter_id: pass, decision: "通过", note: null, settled: "2026-11-05" },
    ]);
    await keepScreenshot(page, "taskpane-office-reviewed.png");
  });

  it("says so when nothing waits for review", async () => {
    await runAction(page, "审核办结");
    expect((await logLines(page))[1]).toBe("没有待审核的办结事项。");
  });
});
