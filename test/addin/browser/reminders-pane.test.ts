import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRobotReceiver } from "../../../scripts/lib/robot-receiver";
import { buildWorkCalendar, deadlineAfter, workdaysBetween } from "../../../domain/calendar";
import { chinaToday } from "../../../domain/calendar/china-today";
import holidays from "../../../seed/calendar/cn-holidays.json";
import { launchChromium, startLocalWorker, tokenFor, type LocalWorker, callWorker, keepScreenshot } from "./harness";
import { officeShimScript } from "./office-shim-bundle";
import { openPane, signIn } from "./pane";


let worker: LocalWorker;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let shim: string;
let receiver: Awaited<ReturnType<typeof startRobotReceiver>>;
let office: string;
const ids: Record<string, number> = {};

const today = chinaToday(new Date());
const cal = buildWorkCalendar(holidays.arrangements);
/** An assigned day whose 10-working-day deadline is `left` working days from today. */
function assignedFor(left: number): string {
  for (let back = 1; back < 60; back++) {
    const day = new Date(Date.parse(`${today}T00:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10);
    if (workdaysBetween(today, deadlineAfter(day, 10, cal).deadline, cal).workdays === left) return day;
  }
  throw new Error(`no assigned day for ${left}`);
}

const api = (token: string, route: string, init: { method?: string; json?: unknown } = {}) => callWorker(worker.origin, token, route, init);

beforeAll(async () => {
  // dist/addin is built once for all files by test/tools/build-addin-once.ts.
  [worker, chromium, shim, receiver] = await Promise.all([startLocalWorker({ testScheduled: true }), launchChromium(), officeShimScript(), startRobotReceiver()]);
  office = await tokenFor(worker, "office");
  const channel = await api(office, `/api/v1/units/${encodeURIComponent("县财政局")}/channels`, {
    method: "PUT",
    json: { channels: [{ kind: "wecom", url: `${receiver.url}/wecom/finance?key=k` }] },
  });
  expect(channel.status).toBe(200);
  for (const [key, title, lead, left] of [
    ["soon", "某企业破产重整协调", "县财政局", 2],
    ["severe", "涉企欠薪专项处置", "县财政局", -6],
    ["late", "行政争议实质化解", "县司法局", -2],
  ] as const) {
    const res = await api(office, "/api/v1/matters", { method: "POST", json: { title, source: "其他", lead, assigned: assignedFor(left) } });
    expect(res.status).toBe(201);
    ids[key] = res.body.id;
  }
  const run = await fetch(`${worker.origin}/__scheduled?cron=0+1+*+*+*`);
  expect(run.status).toBe(200);
  // The queue delivers within seconds: wait until both deliveries (the 联络员's) have gone out.
  const statuses = async () => (await api(office, `/api/v1/reminders?on=${today}`)).body.reminders.flatMap((r: { deliveries: { status: string }[] }) => r.deliveries.map((d) => d.status));
  const until = Date.now() + 20_000;
  while ((await statuses()).join() !== "已送达,已送达" && Date.now() < until) await new Promise((r) => setTimeout(r, 300));
  expect(await statuses()).toEqual(["已送达", "已送达"]);
}, 180_000);

afterAll(async () => {
  await chromium?.close();
  await worker?.stop();
  receiver?.server.close();
});

const groupTexts = (page: import("playwright-core").Page) =>
  page.locator("#reminders .reminder-group").evaluateAll((gs) => gs.map((g) => [g.querySelector("h3")?.textContent, [...g.querySelectorAll("li strong")].map((s) => s.textContent)]));

describe("the task pane's 催办", () => {
  it("lists today's 催办 by level for the office, with how each delivery went", async () => {
    const { page } = await openPane(chromium.context, worker.origin, { shim });
    await signIn(page, office);
    await page.locator("#reminders .reminder-group").first().waitFor();
    expect(await page.locator("#reminders-title").textContent()).toBe(`今日催办（${today}）`);
    expect(await groupTexts(page)).toEqual([
      ["严重逾期（1）", ["涉企欠薪专项处置"]],
      ["逾期（1）", ["行政争议实质化解"]],
      ["临期（1）", ["某企业破产重整协调"]],
    ]);
    const items = await page.locator("#reminders li").allTextContents();
    expect(items[0]).toContain("县财政局 · 期限");
    expect(items[0]).toContain("已逾期 6 个工作日");
    expect(items[0]).toContain("已送达 1/1");
    expect(items[1]).toContain("未设置推送渠道，未推送");
    expect(items[2]).toContain("还剩 2 个工作日");
    await keepScreenshot(page, "taskpane-reminders-office.png", { fullPage: true });
    await page.close();
  });

  it("never draws a signed-out caller's list under the next caller's name", async () => {
    const unit = await tokenFor(worker, "unit", "县财政局");
    const { page } = await openPane(chromium.context, worker.origin, { shim });
    // Hold the office's 催办 reply until the office has signed out and the unit has signed in.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let first = true;
    await page.route("**/api/v1/reminders?on=*", async (route) => {
      if (first) {
        first = false;
        await held;
      }
      await route.continue();
    });
    await signIn(page, office);
    await signIn(page, unit);
    await page.locator("#reminders .reminder-group").first().waitFor();
    release();
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.locator("#reminders-title").textContent()).toBe("本单位待办催办");
    expect((await groupTexts(page)).map(([level]) => level)).toEqual(["严重逾期（1）", "临期（1）"]);
    await page.close();
  });

  it("shows a unit only its own open reminders", async () => {
    const unit = await tokenFor(worker, "unit", "县财政局");
    const { page } = await openPane(chromium.context, worker.origin, { shim });
    await signIn(page, unit);
    await page.locator("#reminders .reminder-group").first().waitFor();
    expect(await page.locator("#reminders-title").textContent()).toBe("本单位待办催办");
    expect(await groupTexts(page)).toEqual([
      ["严重逾期（1）", ["涉企欠薪专项处置"]],
      ["临期（1）", ["某企业破产重整协调"]],
    ]);
    await keepScreenshot(page, "taskpane-reminders-unit.png", { fullPage: true });

    const settle = await api(unit, `/api/v1/matters/${ids.soon}`, { method: "PATCH", json: { version: 1, settled: today, result: "已协调完毕" } });
    expect(settle.status).toBe(200);
    await page.locator("#reminders-refresh").click();
    await expect.poll(() => groupTexts(page)).toEqual([["严重逾期（1）", ["涉企欠薪专项处置"]]]);
    await page.close();
  });

  it("shows the office a missing 联席会议 above its 催办, in Chinese, once the year's due day has passed", async () => {
    // The due day of this year's joint meeting: 1 January, already past (no meeting is held in this file).
    const due = `${today.slice(0, 4)}-01-01`;
    expect((await api(office, "/api/v1/settings/jointMeetingDue", { method: "PUT", json: { value: due } })).status).toBe(200);
    const { page } = await openPane(chromium.context, worker.origin, { shim });
    await signIn(page, office);
    await page.locator("#reminders .reminder-group").first().waitFor();
    const groups = await groupTexts(page);
    expect(groups[0]).toEqual(["会议提醒（1）", [`${today.slice(0, 4)}年度联席会议未召开`]]);
    expect(await page.locator('#reminders .reminder-group[data-level="会议提醒"] li span').textContent()).toBe(`${today.slice(0, 4)}年度联席会议应于 ${due} 前召开，目前尚未召开`);
    expect(groups.slice(1).map(([level]) => level)).toEqual(["严重逾期（1）", "逾期（1）", "临期（1）"]);
    await keepScreenshot(page, "taskpane-reminders-meeting-alert.png", { fullPage: true });
    await page.close();
    expect((await api(office, "/api/v1/settings/jointMeetingDue", { method: "PUT", json: { value: null } })).status).toBe(200);
  });
});
