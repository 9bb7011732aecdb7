import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { layoutOf } from "../../../addin/workbook/layouts";
import { launchChromium, queryD1, startLocalWorker, tokenFor, tokensFor, type LocalWorker, callWorker, keepScreenshot } from "./harness";
import { officeShimScript } from "./office-shim-bundle";
import { createClient } from "../../../addin/api/client";
import { bodyCell, logLines, openPane, recordOffsite, runAction, sheetNotes, sheetValues, signIn, typeInto } from "./pane";
import { periodLabel } from "../../../domain/assessment/period-label";

const UNIT = "县财政局";
const PERIOD = "2026-Q4";

let worker: LocalWorker;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let shim: string;
/** Tokens issued once for the file: signing out forgets a token in the pane but does not revoke it. */
const tokens = { unit: "", puller: "", pusher: "", office: "", leader: "" };
// The units whose report the pull, the push and the CSP tests each seed and read alone.
const PULLER = "县税务局";
const PUSHER = "县司法局";
const CSP_UNIT = "县林业局";

const at = bodyCell;

const api = (token: string, route: string, init: { method?: string; json?: unknown } = {}) => callWorker(worker.origin, token, route, init);

beforeAll(async () => {
  // dist/addin is built once for all files by test/tools/build-addin-once.ts.
  [worker, chromium, shim] = await Promise.all([startLocalWorker(), launchChromium(), officeShimScript()]);
  Object.assign(
    tokens,
    await tokensFor(worker, { unit: { role: "unit", unit: UNIT }, puller: { role: "unit", unit: PULLER }, pusher: { role: "unit", unit: PUSHER }, office: { role: "office" }, leader: { role: "leader" } }),
  );
});

afterAll(async () => {
  await chromium?.close();
  await worker?.stop();
});

describe("outside Excel", () => {
  it("says in Chinese, with the real Office.js, that the page must be opened in Excel", async () => {
    const { page, offsite } = await openPane(chromium.context, worker.origin);
    const notice = page.locator("#notice");
    await expect.poll(() => notice.textContent(), { timeout: 15_000 }).toContain("当前不在 Excel 中运行");
    expect(await page.locator("#signin").isVisible()).toBe(false);
    expect(offsite).toEqual([]);
    await keepScreenshot(page, "taskpane-outside-excel.png");
    await page.close();
  });

  it("serves the pane with a Content-Security-Policy, nosniff and no referrer, under which the real Office.js still loads", async () => {
    const res = await fetch(`${worker.origin}/taskpane`);
    expect(res.status).toBe(200);
    const csp = res.headers.get("Content-Security-Policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).toMatch(/frame-ancestors 'self' .*https:\/\/\*\.officeapps\.live\.com/);
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");

    const { page, offsite, violations } = await openPane(chromium.context, worker.origin);
    await expect.poll(() => page.locator("#notice").textContent(), { timeout: 15_000 }).toContain("当前不在 Excel 中运行");
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe("object");
    expect(violations).toEqual([]);
    expect(offsite).toEqual([]);

    // What the policy is for: a script injected into the page (say, through a pasted value) does not run.
    const ran = await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__injected = true";
      document.head.append(s);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    await page.close();
  });

  it("lets no request leave the machine, and records any that tries (the harness the checks above rely on)", async () => {
    const page = await chromium.context.newPage();
    const offsite: string[] = [];
    recordOffsite(page, worker.origin, offsite);
    const failed: string[] = [];
    page.on("requestfailed", (r) => failed.push(r.url()));
    // A page without the pane's policy, so the browser does send the requests. `localhost` names this
    // machine too, and would answer, were it not for the browser's rule that only 127.0.0.1 resolves.
    const cdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    const byName = worker.origin.replace("127.0.0.1", "localhost") + "/taskpane.css";
    await page.setContent(`<script src="${cdn}"></script><link rel="stylesheet" href="${byName}"><link rel="stylesheet" href="${worker.origin}/taskpane.css">`);
    await expect.poll(() => [...failed].sort()).toEqual([cdn, byName].sort());
    expect([...offsite].sort()).toEqual([cdn, byName].sort());
    await page.close();
  });

  it("says in Chinese that Office.js could not load when it is unreachable", async () => {
    const page = await chromium.context.newPage();
    await page.route("**/office-js/office.js", (route) => route.abort());
    await page.goto(`${worker.origin}/taskpane`);
    await expect.poll(() => page.locator("#notice").textContent()).toContain("无法加载 Office.js");
    await page.close();
  });
});

describe("a member unit in Excel", () => {
  // Each test opens its own pane and, where it needs one, a unit with a report of its own, so that
  // none relies on what an earlier test signed in, pulled or saved.
  /** A unit's token, a task it reports on (its report for PERIOD stored, version 1) and a task it does not. */
  async function unitWithReport(unit: string, token: string, progress: string) {
    const responsible = await Promise.all(
      Array.from({ length: 32 }, (_, i) => api(token, `/api/v1/tasks/${i + 1}/responsible`).then((r) => r.body as { no: number; units: string[] })),
    );
    const own = responsible.find((t) => t.units.includes(unit))!.no;
    const other = responsible.find((t) => t.units.length > 0 && !t.units.includes(unit))!.no;
    const seeded = await api(token, "/api/v1/reports", { method: "POST", json: { rows: [{ task: own, period: PERIOD, progress }] } });
    expect(seeded.status).toBe(200);
    return { token, own, other };
  }
  const pane = async () => (await openPane(chromium.context, worker.origin, { shim })).page;

  it("refuses an unknown token with a Chinese message and stays on the sign-in form", async () => {
    const page = await pane();
    await page.locator("#signin:not([hidden]), #session:not([hidden])").first().waitFor();
    if (await page.locator("#session").isVisible()) await page.locator("#signout").click();
    await page.locator("#token").fill("fy_not-a-real-token");
    await page.locator("#signin-button").click();
    await expect.poll(() => page.locator("#notice").textContent()).toContain("令牌无效或已被吊销");
    expect(await page.locator("#signin").isVisible()).toBe(true);
    await page.close();
  });

  it("shows the unit and its role after signing in, with only the unit's actions", async () => {
    const page = await pane();
    await signIn(page, tokens.unit);
    expect(await page.locator("#who").textContent()).toBe(`${UNIT} · 成员单位`);
    const actions = await page.locator("#actions button").evaluateAll((bs) => bs.map((b) => b.firstChild?.textContent));
    expect(actions).toEqual(["拉取本单位数据", "提交本单位数据"]);
    await page.close();
  });

  it("pulls the unit's own report into 进展报送", async () => {
    const { own } = await unitWithReport(PULLER, tokens.puller, "已完成初步摸底");
    const page = await pane();
    await signIn(page, tokens.puller);
    await runAction(page, "拉取本单位数据");
    const [row] = await sheetValues(page, "进展报送", `${at("reports", 0, "id")}:${at("reports", 0, "version")}`);
    const columns = layoutOf("reports").columns.map((c) => c.key);
    expect(row![columns.indexOf("unit")]).toBe(PULLER);
    expect(row![columns.indexOf("task")]).toBe(own);
    expect(row![columns.indexOf("progress")]).toBe("已完成初步摸底");
    expect(row![columns.indexOf("version")]).toBe(1);
    await page.close();
  });

  it("saves an edited progress to D1 and keeps a row for another unit's task in the sheet, marked with the reason", async () => {
    const { own, other } = await unitWithReport(PUSHER, tokens.pusher, "已完成初步摸底");
    const page = await pane();
    await signIn(page, tokens.pusher);
    await runAction(page, "拉取本单位数据");
    expect(await typeInto(page, "进展报送", at("reports", 0, "progress"), "摸底完成，已形成台账")).toBe(true);
    expect(await typeInto(page, "进展报送", at("reports", 1, "task"), other)).toBe(true);
    expect(await typeInto(page, "进展报送", at("reports", 1, "period"), PERIOD)).toBe(true);
    expect(await typeInto(page, "进展报送", at("reports", 1, "progress"), "越权填报的一行")).toBe(true);

    await runAction(page, "提交本单位数据");

    const stored = await queryD1<{ task_no: number; progress: string; version: number }>(
      worker,
      sql`select r.task_no, r.progress, r.version from reports r join units u on u.id = r.unit_id where u.name = ${PUSHER} order by r.task_no`,
    );
    expect(stored).toEqual([{ task_no: own, progress: "摸底完成，已形成台账", version: 2 }]);

    const reason = `${PUSHER}不是第${other}项重点工作的责任单位`;
    expect(await sheetValues(page, "进展报送", at("reports", 1, "remark"))).toEqual([[reason]]);
    expect(await sheetNotes(page, "进展报送")).toEqual({});
    const [kept] = await sheetValues(page, "进展报送", `${at("reports", 1, "task")}:${at("reports", 1, "progress")}`);
    // Kept as typed; the period shows as its label, the task title (a server column) comes with the next pull.
    expect(kept).toEqual([other, "", periodLabel(PERIOD), "越权填报的一行"]);
    const [saved] = await sheetValues(page, "进展报送", at("reports", 0, "version"));
    expect(saved).toEqual([2]);
    expect((await logLines(page)).join("\n")).toContain("1 行没有权限提交");
    await keepScreenshot(page, "taskpane-unit-push.png");
    await page.close();
  });

  it("forgets the token on sign-out, so a reload asks for it again", async () => {
    const page = await pane();
    await signIn(page, tokens.unit);
    expect(await page.evaluate(() => localStorage.getItem("fuyuan.token"))).not.toBeNull();
    await page.locator("#signout").click();
    await expect.poll(() => page.locator("#notice").textContent()).toContain("已退出登录");
    await page.reload();
    await page.locator("#signin").waitFor({ state: "visible" });
    expect(await page.evaluate(() => localStorage.getItem("fuyuan.token"))).toBeNull();
    await page.close();
  });

  it("goes through sign-in, pull, push and sign-out without one Content-Security-Policy violation", async () => {
    const { token } = await unitWithReport(CSP_UNIT, await tokenFor(worker, "unit", CSP_UNIT), "内容安全策略检查");
    const { page, violations } = await openPane(chromium.context, worker.origin, { shim });
    await signIn(page, token);
    await runAction(page, "拉取本单位数据");
    expect(await typeInto(page, "进展报送", at("reports", 0, "progress"), "内容安全策略检查（已修改）")).toBe(true);
    await runAction(page, "提交本单位数据");
    await page.locator("#signout").click();
    await expect.poll(() => page.locator("#notice").textContent()).toContain("已退出登录");
    expect(violations).toEqual([]);
    await page.close();
  });

  it("waits out a 429's Retry-After and then saves, when a token has spent its write budget", async () => {
    const second = await tokenFor(worker, "unit", UNIT);
    const own = (await api(second, "/api/v1/tasks")).body.tasks.find((t: { units: { unit: string | null }[] }) => t.units.some((u) => u.unit === UNIT)).no as number;
    // 150 at once spend the budget (120 writes per 10 s window) unless a window boundary splits them
    // on a slow machine; then another volley lands in the next window.
    const statuses: number[] = [];
    for (let volley = 0; volley < 3 && !statuses.includes(429); volley++) {
      statuses.push(...(await Promise.all(Array.from({ length: 150 }, () => api(second, "/api/v1/reports", { method: "POST", json: {} }).then((r) => r.status)))));
    }
    expect(statuses).toContain(429);

    const saved = await createClient(second, worker.origin).send<{ rows: { progress: string }[] }>("POST", "/api/v1/reports", {
      rows: [{ task: own, period: "2026-Q3", progress: "限流之后补报" }],
    });
    expect(saved.rows.map((r) => r.progress)).toEqual(["限流之后补报"]);
  }, 40_000);
});
