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
  { unit: "县司法局", score: 80, grade: "良好", rank: 2, breakdown: breakdown(3, 2, 3), adjustments: [{ kind: "通报表扬", points: 2, reason: "调解工作突出", date: "2026-11-02" }], flags: { ...flags, commend: true } },
  { unit: "县法院", score: 100, grade: "优秀", rank: 1, breakdown: breakdown(4, 2, 4), adjustments: [], flags },
  { unit: "县档案馆", score: null, grade: "未参评", rank: null, breakdown: [], adjustments: [], flags },
];
const progress = { tasks: 6, reports: 20, mattersOpen: 3, settledOnTime: 5, settledLate: 1, overdue: 2 };
const SUMMARY: SummaryPayload = {
  year: 2026,
  ranking: [
    { unit: "县档案馆", score: null, grade: "未参评", rank: null },
    { unit: "县法院", score: 100, grade: "优秀", rank: 1 },
    { unit: "县司法局", score: 80, grade: "良好", rank: 2 },
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

describe("writeSummary: 考评汇总", () => {
  it("ranks the units with grades and each indicator's points, unranked units last", async () => {
    const wb = createMockWorkbook();
    await writeSummary(wb.context, SUMMARY, ASSESSMENT);
    expect(wb.values("考评汇总", "A1")).toEqual([["2026年度府院联动工作考评汇总"]]);
    expect(wb.values("考评汇总", "A3:K6")).toEqual([
      ["一、得分排名", "", "", "", "", "", "", "", "", "", ""],
      ["排名", "单位", "得分", "等级", "牵头事项按期办结率（得分）", "协办事项按期办结率（得分）", "进展按时报送率（得分）", "加减分", "通报表扬", "问责", "一票否决"],
      [1, "县法院", 100, "优秀", 50, 15, 35, 0, "", "", ""],
      [2, "县司法局", 80, "良好", 37.5, 15, 26.25, 2, "是", "", ""],
    ]);
    expect(wb.values("考评汇总", "A7:D7")).toEqual([["", "县档案馆", "", "未参评"]]);
  });

  it("explains each score by indicator: weight, numerator, denominator, rate, points", async () => {
    const wb = createMockWorkbook();
    await writeSummary(wb.context, SUMMARY, ASSESSMENT);
    expect(wb.values("考评汇总", "A11:G12")).toEqual([
      ["单位", "指标", "权重", "分子", "分母", "比率", "得分"],
      ["县法院", "牵头事项按期办结率", 50, 4, 4, 1, 50],
    ]);
    expect(wb.cell("考评汇总", "F12").numberFormat).toBe("0.0%");
  });

  it("lists overdue matters with their units and days overdue, text kept from becoming a formula", async () => {
    const wb = createMockWorkbook();
    await writeSummary(wb.context, SUMMARY, ASSESSMENT);
    const table = wb.tables.get("FuyuanOverdue")!;
    const top = Number(/\d+/.exec(table.address)![0]);
    expect(wb.values("考评汇总", `A${top}:F${top + 1}`)).toEqual([
      ["编号", "事项名称", "牵头单位", "协办单位", "截止日期", "逾期天数"],
      [31, "'=协调查封土地", "县法院", "县自然资源局、县财政局", "2026-10-12", 9],
    ]);
  });

  it("shows progress per domain", async () => {
    const wb = createMockWorkbook();
    await writeSummary(wb.context, SUMMARY, ASSESSMENT);
    const top = Number(/\d+/.exec(wb.tables.get("FuyuanDomains")!.address)![0]);
    expect(wb.values("考评汇总", `A${top}:G${top + 1}`)).toEqual([
      ["领域", "任务数", "报送份数", "在办事项", "按期办结", "逾期办结", "逾期未结"],
      ["诉源治理", 6, 20, 3, 5, 1, 2],
    ]);
  });

  it("draws a score ranking chart over the ranked units and an on-time rate chart over every unit", async () => {
    const wb = createMockWorkbook();
    await writeSummary(wb.context, SUMMARY, ASSESSMENT);
    const onTimeTop = Number(/\d+/.exec(wb.tables.get("FuyuanOnTime")!.address)![0]);
    expect(wb.sheet("考评汇总").charts.map(({ type, title, source, seriesBy }) => ({ type, title, source, seriesBy }))).toEqual([
      { type: "ColumnClustered", title: "得分排名", source: "B4:C6", seriesBy: "Columns" },
      { type: "ColumnClustered", title: "各单位按期办结率", source: `A${onTimeTop}:B${onTimeTop + 2}`, seriesBy: "Columns" },
    ]);
  });

  it("rebuilds the sheet on refresh: old charts removed, tables written once", async () => {
    const wb = createMockWorkbook();
    await writeSummary(wb.context, SUMMARY, ASSESSMENT);
    await writeSummary(wb.context, SUMMARY, ASSESSMENT);
    expect(wb.sheet("考评汇总").charts.filter((c) => !c.deleted)).toHaveLength(2);
    expect([...wb.tables.keys()].sort()).toEqual(["FuyuanBreakdown", "FuyuanDomains", "FuyuanMeetingDecisions", "FuyuanMeetingsHeld", "FuyuanOnTime", "FuyuanOverdue", "FuyuanRanking", "FuyuanTaskProgress"]);
  });

  it("shows the year's meetings and their decisions settled, open, overdue, with the missing joint meeting flagged", async () => {
    const wb = createMockWorkbook();
    await writeSummary(wb.context, SUMMARY, ASSESSMENT);
    const top = Number(/\d+/.exec(wb.tables.get("FuyuanMeetingDecisions")!.address)![0]);
    expect(wb.values("考评汇总", `A${top}:F${top + 1}`)).toEqual([
      ["决定总数", "已办结", "在办", "逾期未结", "未转督办", "联席会议提醒"],
      [3, 1, 1, 0, 1, "2026年度联席会议应于 2026-06-30 前召开，目前尚未召开"],
    ]);
  });
});
