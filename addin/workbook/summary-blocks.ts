import type { AssessmentEntry, SummaryPayload } from "./types";

// The 考评汇总 sheet's tables as plain data: pure, so what a leader reads is tested cell by cell.

export interface Block {
  table: string;
  caption: string;
  headers: string[];
  formats: string[];
  rows: (string | number)[][];
}

const PROGRESS_HEADERS = ["任务数", "报送份数", "在办事项", "按期办结", "逾期办结", "逾期未结"];
/** The counts a domain and a task both carry (a domain also counts its tasks). */
type Progress = Pick<SummaryPayload["tasks"][number], "reports" | "mattersOpen" | "settledOnTime" | "settledLate" | "overdue">;
const progress = (p: Progress) => [p.reports, p.mattersOpen, p.settledOnTime, p.settledLate, p.overdue];
const blank = (v: number | null | undefined) => (v === null || v === undefined ? "" : v);

export function summaryBlocks(summary: SummaryPayload, assessment: AssessmentEntry[]): Block[] {
  const indicators = [...new Set(assessment.flatMap((e) => e.breakdown.map((b) => b.indicator)))];
  const byUnit = new Map(assessment.map((e) => [e.unit, e]));
  const ranked = [...summary.ranking].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));

  const ranking: Block = {
    table: "FuyuanRanking",
    caption: "一、得分排名",
    headers: ["排名", "单位", "得分", "等级", ...indicators.map((i) => `${i}（得分）`), "加减分", "通报表扬", "问责", "一票否决"],
    formats: ["0", "@", "0.0", "@", ...indicators.map(() => "0.0"), "0.0", "@", "@", "@"],
    rows: ranked.map((r) => {
      const entry = byUnit.get(r.unit);
      const points = indicators.map((i) => blank(entry?.breakdown.find((b) => b.indicator === i)?.points));
      const adjust = entry ? entry.adjustments.reduce((s, a) => s + a.points, 0) : "";
      const flag = (on: boolean | undefined) => (on ? "是" : "");
      return [blank(r.rank), r.unit, blank(r.score), r.grade, ...points, adjust, flag(entry?.flags.commend), flag(entry?.flags.accountable), flag(entry?.flags.veto)];
    }),
  };

  const breakdown: Block = {
    table: "FuyuanBreakdown",
    caption: "二、得分构成",
    headers: ["单位", "指标", "权重", "分子", "分母", "比率", "得分"],
    formats: ["@", "@", "0", "0", "0", "0.0%", "0.0"],
    rows: ranked.flatMap((r) =>
      (byUnit.get(r.unit)?.breakdown ?? []).map((b) => [r.unit, b.indicator, b.weight, b.numerator, b.denominator, blank(b.rate), b.points]),
    ),
  };

  const domains: Block = {
    table: "FuyuanDomains",
    caption: "三、各领域进展",
    headers: ["领域", ...PROGRESS_HEADERS],
    formats: ["@", ...PROGRESS_HEADERS.map(() => "0")],
    rows: summary.domains.map((d) => [d.domain, d.tasks, ...progress(d)]),
  };

  const tasks: Block = {
    table: "FuyuanTaskProgress",
    caption: "四、重点工作进展",
    headers: ["序号", "重点工作", "领域", ...PROGRESS_HEADERS.slice(1)],
    formats: ["0", "@", "@", ...PROGRESS_HEADERS.slice(1).map(() => "0")],
    rows: summary.tasks.map((t) => [t.no, t.title, t.domain, ...progress(t)]),
  };

  const overdue: Block = {
    table: "FuyuanOverdue",
    caption: "五、逾期未办结事项",
    headers: ["编号", "事项名称", "牵头单位", "协办单位", "截止日期", "逾期天数"],
    formats: ["0", "@", "@", "@", "@", "0"],
    rows: summary.overdue.map((o) => [o.id, o.title, o.lead, o.co.join("、"), o.deadline, o.daysOverdue]),
  };

  const onTime: Block = {
    table: "FuyuanOnTime",
    caption: "六、各单位按期办结率",
    headers: ["单位", "按期办结率"],
    formats: ["@", "0.0%"],
    rows: summary.onTimeRate.map((r) => [r.unit, blank(r.rate)]),
  };

  const m = summary.meetings;
  const meetings: Block = {
    table: "FuyuanMeetingsHeld",
    caption: "七、本年度会议",
    headers: ["会议类型", "会议日期", "纪要编号"],
    formats: ["@", "@", "@"],
    rows: m.held.map((x) => [x.kind, x.date, x.minutesNo ?? ""]),
  };
  const decisions: Block = {
    table: "FuyuanMeetingDecisions",
    caption: "八、会议决定落实",
    headers: ["决定总数", "已办结", "在办", "逾期未结", "未转督办", "联席会议提醒"],
    formats: ["0", "0", "0", "0", "0", "@"],
    rows: [[m.decisions.total, m.decisions.settled, m.decisions.open, m.decisions.overdue, m.decisions.notTurned, m.jointMeetingMissing?.message ?? ""]],
  };

  return [ranking, breakdown, domains, tasks, overdue, onTime, meetings, decisions];
}
