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

const api = (token: string, route: string, init: { method?: string; json?: unknown } = {}) => callWorker(worker.origin, token, route, init);

beforeAll(async () => {
  // dist/addin is built once for all files by test/tools/build-addin-once.ts.
  [worker, chromium, shim] = await Promise.all([startLocalWorker(), launchChromium(), officeShimScript()]);
  await chromium.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: worker.origin });
});

afterAll(async () => {
  await chromium?.close();
  await worker?.stop();
});

describe("the office and people's tokens in Excel", () => {
  let page: Page;
  let office: string;
  let seatId: number;

  beforeAll(async () => {
    office = await tokenFor(worker, "office");
    const [seat] = (await api(office, `/api/v1/people?unit=${encodeURIComponent("县财政局")}&post=${encodeURIComponent("联络员")}`)).body.people;
    const named = await api(office, `/api/v1/people/${seat.id}`, { method: "PATCH", json: { version: seat.version, name: "李华", phone: "13800000001" } });
    expect(named.status).toBe(200);
    seatId = seat.id;
    page = (await openPane(chromium.context, worker.origin, { shim })).page;
    await signIn(page, office);
  });

  afterAll(() => page?.close());

  it("shows each unit's 联络员 and phone on 成员单位", async () => {
    await runAction(page, "拉取台账");
    const columns = layoutOf("units").columns.map((c) => c.key);
    const rows = await sheetValues(page, "成员单位", `A1:${cellAddress(60, columns.length - 1)}`);
    expect(rows[0]!.slice(-2)).toEqual(["联络员", "联系电话"]);
    const finance = rows.find((r) => r[columns.indexOf("name")] === "县财政局")!;
    expect(finance[columns.indexOf("liaison")]).toBe("李华");
    expect(finance[columns.indexOf("liaisonPhone")]).toBe("13800000001");
  });

  it("issues a person's token from the pane (secret shown once, copied), and revokes it", async () => {
    await page.locator("#people-panel").waitFor({ state: "visible" });
    await page.locator("#person-select").selectOption(String(seatId));
    await expect.poll(() => page.locator("#person-tokens").textContent()).toContain("此人尚无令牌");
    await page.locator("#issue-token").click();
    await page.locator("#issued").waitFor({ state: "visible" });
    const secret = await page.locator("#issued-secret").inputValue();
    expect(secret).toMatch(/^fy_/);
    const me = await api(secret, "/api/v1/me");
    expect(me.body).toMatchObject({ role: "unit", unit: "县财政局", post: "联络员", person: "李华" });

    await page.locator("#copy-secret").click();
    await expect.poll(() => page.locator("#people-status").textContent()).toBe("令牌已复制到剪贴板。");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await expect.poll(() => page.locator("#person-tokens li").count()).toBe(1);
    await keepScreenshot(page, "taskpane-people-tokens.png", { fullPage: true });

    // Picking the person again never shows the secret: it was shown once.
    await page.locator("#person-select").selectOption(String(seatId));
    expect(await page.locator("#issued").isVisible()).toBe(false);

    await page.locator("#person-tokens li button", { hasText: "吊销" }).click();
    await expect.poll(() => page.locator("#people-status").textContent()).toContain("已吊销，立即失效");
    // The list is redrawn after the status line: wait for it rather than read it at once.
    await expect.poll(() => page.locator("#person-tokens li button").count()).toBe(0);
    expect(await page.locator("#person-tokens li").first().textContent()).toContain("吊销");
    expect((await api(secret, "/api/v1/me")).status).toBe(401);
  });

  it("is not shown to a unit", async () => {
    const unit = await tokenFor(worker, "unit", "县税务局");
    const other = (await openPane(chromium.context, worker.origin, { shim })).page;
    await signIn(other, unit);
    expect(await other.locator("#people-panel").isVisible()).toBe(false);
    await other.close();
  });
});
