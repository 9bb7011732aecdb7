import { describe, expect, it } from "vitest";
import { writeSummary, type AssessmentEntry, type SummaryPayload } from "../../../addin/workbook";
import { createMockWorkbook } from "./mock-workbook";

const breakdown = (lead: number, co: number, rep: number) => [
  { indicator: "牵头事项按期办结率", weight: 50, numerator: lead, denominator: 4, rate: lead / 4, points: (50 * lead) / 4 },
  { indicator: "协办事项按期办结率", weight: 15, numerator: co, denominator: 2, rate: co / 2, points: (15 * co) / 2 },
  { indicator: "进展按时报送率", weight: 35, numerator: rep, denominator: 4, rate: rep / 4, points: (35 * rep) / 4 },
];
const flags = { commend: false, accountable: false, veto: false };
const ASSESSMENT: AssessmentEntry[] = [
  { unit: "县司法局", score: 80, grade: "良好", rank: 2, assessed: true, breakdown: breakdown(3, 2, 3), adjustments: [{ kind: "通报表扬", points: 2, reason: "调解工作突出", date: "2026-11-02" }], flags: { ...flags, commend: true } },
  { unit: "县法院", score: 100, grade: "优秀", rank: 1, assessed: true, breakdown: breakdown(4, 2, 4), adjustments: [], flags },
  { unit: "县档案馆", score: null, grade: "未参评", rank: null, assessed: true, breakdown: [], adjustments: [], flags },
  { unit: "县委政法委", score: 62.5, grade: "合格", rank: null, assessed: false, breakdown: breakdown(2, 1, 3), adjustments: [], flags },
];
const progress = { tasks: 6, reports: 20, mattersOpen: 3, settledOnTime: 5, settledLate: 1, overdue: 2 };
const SUMMARY: SummaryPayload = {
  year: 2026,
  ranking: [
    { unit: "县委政法委", score: 62.5, grade: "合格", rank: null, assessed: false },
    { unit: "县档案馆", score: null, grade: "未参评", rank: null, assessed: true },
    { unit: "县法院", score: 100, grade: "优秀", rank: 1, assessed: true },
    { unit: "县司法局", score: 80, grade: "良好", rank: 2, assessed: true },
  ],
  domains: [{ domain: "诉源治理", ...progress }],
  tasks: [{ no: 1, title: "建立诉调对接机制", domain: "诉源治理", ...progress }],
  overdue: [{ id: 31, title: "=协调查封土地", lead: "县法院", co: ["县自然资源局", "县财政局"], deadline: "2026-10-12", daysOverdue: 9 }],
  onTimeRate: [{ unit: "县法院", rate: 1 }, { unit: "县司法局", rate: 0.75 }],
  meetings: {
    held: [{ id: 4, kind: "专题会议", date: "2026-03-10", minutesNo: "金府院专纪〔2026〕1号" }],
    decisions: { total: 3, settled: 1, open: 1, overdue: 0, notTurned: 1 },
    jointMeetingMissing: { year: 2026, due: "2026-06-30", message: "2026年度联席会议应于 2026-06-30 前召开，目前尚未召开" },
  },
};

/** The one-based first row of a table's header. */
const headerRow = (wb: ReturnType<typeof createMockWorkbook>, table: string) => Number(/\d+/.exec(wb.tables.get(table)!.address)![0]);

describe("writeSummary: 考评汇总 and 考评明细", () => {
  it("opens on the year at a glance: units ranked, grade counts, average, overdue matters, top and bottom five", async () => {
    const wb = createMockWorkbook();
    await writeSummary(wb.context, SUMMARY, ASSESSMENT, { pulledAt: "2026-12-01 09:30" });
    expect(wb.values("考评汇总", "A1:A2")).toEqual([["2026年度府院联动工作考评汇总"], ["数据截至 2026-12-01 09:30"]]);
    expect(wb.values("考评汇总", "A4:B16")).toEqual([
      ["概况", ""],
      ["项目", "数值"],
      ["考评年度", "2026年"],
      ["参评单位", 3],
      ["参与排名单位", 2],
      ["其中优秀", 1],
      ["其中良好", 1],
      ["其中未参评", 1],
      ["平均得分", 90],
      ["逾期未办结事项", 1],
      ["本年度会议", "1 次（联席会议 0 次）"],
      ["会议决定", "3 项：已办结 1，在办 1，逾期未结 0，未转督办 1"],
      ["联席会议提醒", "2026年度联席会议应于 2026-06-30 前召开，目前尚未召开"],
    ]);
    expect(wb.cell("考评汇总", "B16").wrap).toBe(true);
    expect(wb.values("考评汇总", "D4:G7")).toEqual([
      ["前5名", "", "", ""],
      ["排名", "单位", "得分", "等级"],
      [1, "县法院", 100, "优秀"],
      [2, "县司法局", 80, "良好"],
    ]);
    // Two units ranked: no separate bottom five that would repeat them.
    expect(wb.values("考评汇总", `D${headerRow(wb, "FuyuanBottom")}:E${headerRow(wb, "FuyuanBottom") + 1}`)).toEqual([["排名", "单位"], ["", ""]]);
  });

  it("names the bottom five apart from the top five once more than five units are ranked", async () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ unit: `单位${i + 1}`, score: 95 - i * 5, grade: i < 4 ? "良好" : "合格", rank: i + 1, assessed: true }));
    const wb = createMockWorkbook();
    await writeSummary(wb.context, { ...SUMMARY, ranking: many }, []);
    const bottom = headerRow(wb, "FuyuanBottom");
    expect(wb.values("考评汇总", `D${bottom}:G${bottom + 5}`)).toEqual([
      ["排名", "单位", "得分", "等级"],
      ...[4, 5, 6, 7, 8].map((r) => [r, `单位${r}`, 95 - (r - 1) * 5, r <= 4 ? "良好" : "合格"]),
    ]);
  });

  it("ranks the ranked units with each indicator's points on page 2, the units not ranked listed apart", async () => {
    const wb = createMockWorkbook();
    await writeSummary(wb.context, SUMMARY, ASSESSMENT);
    const top = headerRow(wb, "FuyuanRanking");
    expect(wb.values("考评汇总", `A${top - 1}:K${top + 2}`)).toEqual([
      ["一、得分排名", "", "", "", "", "", "", "", "", "", ""],
      ["排名", "单位", "得分", "等级", "牵头事项按期办结率（得分）", "协办事项按期办结率（得分）", "进展按时报送率（得分）", "加减分", "通报表扬", "问责", "一票否决"],
      [1, "县法院", 100, "优秀", 50, 15, 35, 0, "", "", ""],
      [2, "县司法局", 80, "良好", 37.5, 15, 26.25, 2, "是", "", ""],
    ]);
    expect(wb.cell("考评汇总", `E${top}`).wrap).toBe(true);
    const apart = headerRow(wb, "FuyuanUnranked");
    expect(wb.values("考评汇总", `A${apart}:D${apart + 2}`)).toEqual([
      ["单位", "得分", "等级", "说明"],
      ["县档案馆", "", "未参评", "本年度无可考评事项，未参评"],
      ["县委政法委", 62.5, "合格", "非参评单位，承担任务，仅列示"],
    ]);
    // Page 2 starts at the ranking's caption.
    expect(wb.sheet("考评汇总").pageBreaks).toEqual([top - 1]);
  });

  it("sets widths so unit names are not cut and prints on two A4 pages, the charts' data outside the print area", async () => {
    const wb = createMockWorkbook();
    await writeSummary(wb.context, SUMMARY, ASSESSMENT, { pulledAt: "2026-12-01 09:30" });
    const sheet = wb.sheet("考评汇总");
    expect(sheet.columnWidths.get(1)).toBeGreaterThanOrEqual(140);
    expect(sheet.columnWidths.get(4)).toBeGreaterThanOrEqual(110);
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 2 } });
    expect(sheet.pageLayout.printArea).toMatch(/^A1:S\d+$/);
    expect(sheet.pageLayout.footers?.rightFooter).toBe("拉取于 2026-12-01 09:30");
    expect(wb.tables.get("FuyuanOnTime")!.address.startsWith("U")).toBe(true);
  });

  it("draws labelled horizontal bars: the ranked units best at the top, and every unit's on-time rate, highest first", async () => {
    const wb = createMockWorkbook();
    await writeSummary(wb.context, SUMMARY, ASSESSMENT);
    const ranking = headerRow(wb, "FuyuanRanking");
    const onTime = headerRow(wb, "FuyuanOnTime");
    expect(wb.sheet("考评汇总").charts.map(({ type, title, source, labels, reversed, legend }) => ({ type, title, source, labels, reversed, legend }))).toEqual([
      { type: "BarClustered", title: "得分排名（参与排名单位）", source: `B${ranking}:C${ranking + 2}`, labels: true, reversed: true, legend: false },
      { type: "BarClustered", title: "各单位按期办结率", source: `U${onTime}:V${onTime + 2}`, labels: true, reversed: true, legend: false },
    ]);
    expect(wb.values("考评汇总", `U${onTime + 1}:V${onTime + 2}`)).toEqual([["县法院", 1], ["县司法局", 0.75]]);
    // Beside the overview, on the first screen.
    expect(wb.sheet("考评汇总").charts.map((c) => [c.from, c.to])).toEqual([["I3", "S18"], ["I19", "S34"]]);
  });

  it("keeps the long tables on 考评明细: score breakdown, domains, tasks, overdue matters", async () => {
    const wb = createMockWorkbook();
    await writeSummary(wb.context, SUMMARY, ASSESSMENT);
    const breakdown = headerRow(wb, "FuyuanBreakdown");
    expect(wb.tables.get("FuyuanBreakdown")!.sheet).toBe("考评明细");
    expect(wb.values("考评明细", `A${breakdown}:G${breakdown + 1}`)).toEqual([
      ["单位", "指标", "权重", "分子", "分母", "比率", "得分"],
      ["县法院", "牵头事项按期办结率", 50, 4, 4, 1, 50],
    ]);
    expect(wb.cell("考评明细", `F${breakdown + 1}`).numberFormat).toBe("0.0%");
    const overdue = headerRow(wb, "FuyuanOverdue");
    expect(wb.values("考评明细", `A${overdue}:F${overdue + 1}`)).toEqual([
      ["编号", "事项名称", "牵头单位", "协办单位", "截止日期", "逾期天数"],
      [31, "'=协调查封土地", "县法院", "县自然资源局、县财政局", "2026-10-12", 9],
    ]);
    const domains = headerRow(wb, "FuyuanDomains");
    expect(wb.values("考评明细", `A${domains}:G${domains + 1}`)).toEqual([
      ["领域", "任务数", "报送份数", "在办事项", "按期办结", "逾期办结", "逾期未结"],
      ["诉源治理", 6, 20, 3, 5, 1, 2],
    ]);
  });

  it("rebuilds both sheets on refresh: old charts removed, tables written once", async () => {
    const wb = createMockWorkbook();
    await writeSummary(wb.context, SUMMARY, ASSESSMENT);
    await writeSummary(wb.context, SUMMARY, ASSESSMENT);
    expect(wb.sheet("考评汇总").charts.filter((c) => !c.deleted)).toHaveLength(2);
    expect([...wb.tables.keys()].sort()).toEqual(
      ["FuyuanBottom", "FuyuanBreakdown", "FuyuanDomains", "FuyuanMeetingsHeld", "FuyuanOnTime", "FuyuanOverdue", "FuyuanOverview", "FuyuanRanking", "FuyuanTaskProgress", "FuyuanTop", "FuyuanUnranked"].sort(),
    );
  });

  it("opens on the summary after a refresh, for the leader who asked for it", async () => {
    const wb = createMockWorkbook();
    wb.context.workbook.worksheets.add("督办事项").activate();
    await writeSummary(wb.context, SUMMARY, ASSESSMENT);
    expect(wb.activeSheet).toBe("考评汇总");
  });
});
