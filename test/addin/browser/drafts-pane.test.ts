import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { launchChromium, startLocalWorker, tokenFor, type LocalWorker, callWorker, keepScreenshot } from "./harness";
import { officeShimScript } from "./office-shim-bundle";
import { openPane, signIn } from "./pane";


let worker: LocalWorker;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let shim: string;
const pages: Page[] = [];

const api = (token: string, route: string, init: { method?: string; json?: unknown } = {}) => callWorker(worker.origin, token, route, init);
const q = encodeURIComponent;

/** A person of 县法院 in `post`, named `name`, and the token the office issues to him. */
async function personToken(office: string, name: string, post: "联络员" | "执行员"): Promise<string> {
  let id: number;
  if (post === "联络员") {
    const [seat] = (await api(office, `/api/v1/people?unit=${q("县法院")}&post=${q(post)}`)).body.people;
    id = (await api(office, `/api/v1/people/${seat.id}`, { method: "PATCH", json: { version: seat.version, name } })).body.id;
  } else {
    id = (await api(office, "/api/v1/people", { method: "POST", json: { name, unit: "县法院", post } })).body.id;
  }
  return (await api(office, `/api/v1/people/${id}/tokens`, { method: "POST", json: {} })).body.secret;
}

/** A fresh pane signed in with `token` (a saved token of the previous page is signed out first). */
async function paneAs(token: string): Promise<Page> {
  const page = (await openPane(chromium.context, worker.origin, { shim })).page;
  pages.push(page);
  await signIn(page, token);
  await page.locator("#drafts").waitFor({ state: "visible" });
  return page;
}

const items = (page: Page) =>
  page.locator("#drafts-list li").evaluateAll((lis) =>
    lis.map((li) => ({ text: li.querySelector("span")?.textContent ?? "", buttons: [...li.querySelectorAll("button")].map((b) => b.textContent) })),
  );

let liaison: string;
let lin: string;
let zhou: string;
let reportDraft: number;
let settleDraft: number;
let matter: number;

beforeAll(async () => {
  // dist/addin is built once for all files by test/tools/build-addin-once.ts.
  [worker, chromium, shim] = await Promise.all([startLocalWorker(), launchChromium(), officeShimScript()]);
  const office = await tokenFor(worker, "office");
  liaison = await personToken(office, "陈联", "联络员");
  lin = await personToken(office, "林执", "执行员");
  zhou = await personToken(office, "周执", "执行员");
  const created = await api(office, "/api/v1/matters", {
    method: "POST",
    json: { title: "某企业破产案件资产处置协调", task: 19, source: "会议纪要", lead: "县法院", co: [], assigned: "2026-04-30" },
  });
  matter = created.body.id;
  const saved = await api(lin, "/api/v1/drafts", { method: "POST", json: { kind: "进展报送", report: { task: 14, period: "2026-Q2", progress: "已完成第一批涉税事项" } } });
  expect(saved.status).toBe(201);
  reportDraft = saved.body.id;
  const settle = await api(zhou, "/api/v1/drafts", { method: "POST", json: { kind: "办结", matter, version: 1, settled: "2026-05-12", result: "资产已处置" } });
  expect(settle.status).toBe(201);
  settleDraft = settle.body.id;
});

afterAll(async () => {
  for (const p of pages) await p.close();
  await chromium?.close();
  await worker?.stop();
});

describe("本单位草稿 in the task pane", () => {
  it("shows an 执行员 his unit's drafts, 删除 on his own only, and no 报送 while sign-off is on", async () => {
    const page = await paneAs(lin);
    await expect.poll(() => page.locator("#drafts-status").textContent()).toBe("共 2 份草稿待报送，由本单位联络员报送。");
    expect(await items(page)).toEqual([
      { text: `办结 · 事项 ${matter}（办结日期 2026-05-12）：资产已处置`, buttons: [] },
      { text: "进展报送 · 第14项 2026-Q2：已完成第一批涉税事项", buttons: ["删除"] },
    ]);
    expect(await page.locator(`#drafts-list li[data-draft="${settleDraft}"] small`).textContent()).toContain("填写人：周执");
  });

  it("lets the 联络员 submit one draft and delete the other from the pane", async () => {
    const page = await paneAs(liaison);
    await expect.poll(() => page.locator("#drafts-status").textContent()).toBe("共 2 份草稿待报送。");
    expect((await items(page)).map((i) => i.buttons)).toEqual([["报送", "删除"], ["报送", "删除"]]);
    await keepScreenshot(page, "taskpane-drafts.png", { fullPage: true });

    await page.locator(`#drafts-list li[data-draft="${reportDraft}"] button`, { hasText: "报送" }).click();
    await expect.poll(() => page.locator("#drafts-status").textContent()).toBe(`已报送草稿 #${reportDraft}；请拉取本单位数据以更新表格。`);
    expect((await items(page)).map((i) => i.text)).toEqual([`办结 · 事项 ${matter}（办结日期 2026-05-12）：资产已处置`]);
    const reports = (await api(liaison, `/api/v1/reports?task=14&period=2026-Q2`)).body.rows;
    expect(reports).toEqual([expect.objectContaining({ unit: "县法院", progress: "已完成第一批涉税事项" })]);

    await page.locator(`#drafts-list li[data-draft="${settleDraft}"] button`, { hasText: "删除" }).click();
    await expect.poll(() => page.locator("#drafts-status").textContent()).toBe(`已删除草稿 #${settleDraft}。`);
    expect(await page.locator("#drafts-list li").count()).toBe(0);
    expect((await api(liaison, `/api/v1/matters/${matter}`)).body).toMatchObject({ status: "办理中", version: 1 });
  });

  it("says why an action is refused: a draft submitted meanwhile is 409, told under the title", async () => {
    const saved = await api(zhou, "/api/v1/drafts", { method: "POST", json: { kind: "办结", matter, version: 1, settled: "2026-05-12", result: "资产已全部处置" } });
    const page = await paneAs(zhou);
    await expect.poll(() => page.locator("#drafts-status").textContent()).toBe("共 1 份草稿待报送，由本单位联络员报送。");
    expect((await api(liaison, `/api/v1/drafts/${saved.body.id}/submit`, { method: "POST", json: { version: 1 } })).status).toBe(200);
    await page.locator(`#drafts-list li[data-draft="${saved.body.id}"] button`, { hasText: "删除" }).click();
    await expect.poll(() => page.locator("#drafts-status").textContent()).toMatch(/^删除失败：.*该草稿已报送，不能删除/);
  });

  it("is not shown to the office", async () => {
    const page = (await openPane(chromium.context, worker.origin, { shim })).page;
    pages.push(page);
    await signIn(page, await tokenFor(worker, "office"));
    expect(await page.locator("#drafts").isVisible()).toBe(false);
  });
});
