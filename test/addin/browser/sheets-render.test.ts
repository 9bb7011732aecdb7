import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chinaToday } from "../../../domain/calendar/china-today";
import { callWorker, launchChromium, startLocalWorker, tokenFor, type LocalWorker, keepScreenshot } from "./harness";
import { officeShimScript } from "./office-shim-bundle";
import { openPane, runAction, saveWorkbook, signIn } from "./pane";
import { renderSheetHtml } from "./sheet-render";
import { SHEETS, SUMMARY_DETAIL_SHEET, SUMMARY_SHEET } from "../../../addin/workbook/layouts";

// Every sheet the office's pull and a summary refresh write, drawn from the mock workbook as Excel shows
// it at 100% and photographed; what a clerk reads first is checked on the drawing: no text cut off by
// its column (a cell that does not wrap and is wider than its column).

/** Every sheet the add-in declares, then the summary's two. */
const SHEET_LIST = [...SHEETS.map((s) => s.sheet), SUMMARY_SHEET, SUMMARY_DETAIL_SHEET];

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

  await fillMechanismsAndRegisters(office, unit, today);

  const { page } = await openPane(chromium.context, worker.origin, { shim });
  await signIn(page, office);
  await runAction(page, "拉取台账");
  await runAction(page, "刷新汇总");
  saved = await saveWorkbook(page);
  await page.close();
}, 180_000);

/** A row or two on every sheet of the plan's mechanisms and registers, as the office, the court and a unit enter them. */
async function fillMechanismsAndRegisters(office: string, unit: string, today: string) {
  const court = await tokenFor(worker, "unit", "县法院");
  const send = async (token: string, route: string, json: unknown, method = "POST") => {
    const res = await callWorker(worker.origin, token, route, { method, json });
    expect(res.status, `${method} ${route}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
    return res.body;
  };
  const meeting = await send(office, "/api/v1/meetings", { kind: "联席会议", date: "2026-11-10", convener: "县长 王某", place: "县政府第一会议室", invited: ["县法院", "县财政局", "县司法局"] });
  await send(office, `/api/v1/meetings/${meeting.id}/minutes`, {
    number: "金府院纪〔2026〕1号",
    date: "2026-11-12",
    decisions: [
      { no: 1, text: "建立破产案件财产处置联动机制，明确财政、税务、自然资源等部门职责分工", lead: "县法院", co: ["县财政局"] },
      { no: 2, text: "梳理涉企执行案件清单并逐案会商", lead: "县财政局", co: [], days: 15 },
    ],
  }, "PUT");
  await send(office, `/api/v1/meetings/${meeting.id}/matters`, { decisions: [1], assigned: today });
  await send(office, `/api/v1/meetings/${meeting.id}/attendance`, { rows: [{ unit: "县法院", status: "出席" }, { unit: "县财政局", status: "委派代表出席", delegate: "副局长 李某" }, { unit: "县司法局", status: "请假" }] }, "PUT");
  await send(unit, "/api/v1/topics", { title: "涉企欠薪案件财政垫付机制", description: "建议研究设立涉企欠薪应急周转金，由财政先行垫付后依法追偿。" });
  await send(office, "/api/v1/research", {
    topic: "破产案件府院协调中的共性问题",
    units: ["县法院", "县财政局"],
    lead: "县法院",
    draft: { kind: "调研报告", title: "关于破产案件府院协调机制的调研报告", text: "一、基本情况……" },
  });
  const people = (await callWorker(worker.origin, office, "/api/v1/people")).body.people as { id: number; unit: string | null; current: boolean }[];
  const gov = people.find((p) => p.current && p.unit === "县财政局");
  const judge = people.find((p) => p.current && p.unit === "县法院");
  if (gov && judge) {
    const force = await send(office, "/api/v1/taskforces", {
      name: "某房地产企业破产重整工作专班",
      serves: "某房地产企业破产重整案",
      members: [{ person: gov.id, side: "政府", role: "组长" }, { person: judge.id, side: "法院", role: "成员" }],
    });
    await send(office, `/api/v1/taskforces/${force.id}/log`, { date: "2026-11-05", kind: "会议", text: "召开专班第一次会议，明确资产处置和职工安置分工" });
  }
  await send(court, "/api/v1/hearings", { caseNo: "（2026）皖1524行初1号", court: "金寨县人民法院", hearingOn: "2026-10-12", agency: "县自然资源局", headRequired: true, appeared: "仅工作人员" });
  await send(court, "/api/v1/suggestions", { no: "（2026）皖1524司建1号", issuedOn: "2026-09-01", addressee: "县市场监管局", subject: "食品经营许可审查存在漏洞", kind: "监管漏洞" });
  await send(court, "/api/v1/petition-risks", { caseNo: "（2026）皖1524行初30号", agency: "县自然资源局", grade: "高", assessedOn: "2026-11-01", plan: "判前释明，判后答疑，必要时府院联合接访", liaison: "行政庭 张某" });
  await send(court, "/api/v1/enterprises", { name: "金寨某机械有限公司", level: "中", measures: ["重整"], units: ["县法院", "县科商经信局"], reviewedOn: "2026-11-01", note: "资金链紧张，已与主要债权人初步沟通" });
}

afterAll(async () => {
  await chromium?.close();
  await worker?.stop();
});

describe("each sheet as the clerk sees it", () => {
  it.each(SHEET_LIST)("%s: drawn at full size, no text cut off by its column", async (name) => {
    const page = await chromium.context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.setContent(renderSheetHtml(saved, name));
    const cut = await page.locator('td[data-wrap="0"] > div').evaluateAll((divs) =>
      divs.filter((d) => d.scrollWidth > Number((d.parentElement as HTMLElement).dataset.room) + 1).map((d) => `${(d.parentElement as HTMLElement).dataset.cell}「${d.textContent}」`),
    );
    await keepScreenshot(page, `sheet-${name}.png`);
    await page.close();
    expect(cut).toEqual([]);
  });
});
