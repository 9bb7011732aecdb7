import type { AssessmentEntry, SummaryPayload } from "./types";

// The 考评汇总 and 考评明细 sheets' tables as plain data: pure, so what a leader reads is tested cell by cell.
// 考评汇总 opens on one screen: the year at a glance (概况), the top and bottom five, two charts; the
// full ranking of the ranked units follows, the units not ranked apart. 考评明细 holds the long tables.

export interface Block {
  table: string;
  caption: string;
  headers: string[];
  formats: string[];
  rows: (string | number)[][];
  /** Columns (by index) whose long text wraps. */
  wrap?: number[];
}

export interface SummaryBlocks {
  overview: Block;
  top: Block;
  bottom: Block;
  ranking: Block;
  unranked: Block;
  onTime: Block;
  /** For 考评明细. */
  detail: Block[];
}

/** How many units the top and bottom lists name. */
export const EDGE_COUNT = 5;

const PROGRESS_HEADERS = ["任务数", "报送份数", "在办事项", "按期办结", "逾期办结", "逾期未结"];
/** The counts a domain and a task both carry (a domain also counts its tasks). */
type Progress = Pick<SummaryPayload["tasks"][number], "reports" | "mattersOpen" | "settledOnTime" | "settledLate" | "overdue">;
const progress = (p: Progress) => [p.reports, p.mattersOpen, p.settledOnTime, p.settledLate, p.overdue];
const blank = (v: number | null | undefined) => (v === null || v === undefined ? "" : v);
type Ranked = SummaryPayload["ranking"][number];

/** The assessed units' grades in the order the ranking meets them (best first, as the scheme's bands), then 未参评. */
function gradeCounts(ranked: Ranked[], unranked: Ranked[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const r of [...ranked, ...unranked.filter((u) => u.assessed)]) counts.set(r.grade, (counts.get(r.grade) ?? 0) + 1);
  return [...counts];
}

function overviewBlock(summary: SummaryPayload, ranked: Ranked[], unranked: Ranked[]): Block {
  const scores = ranked.map((r) => r.score).filter((s): s is number => s !== null);
  const average = scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : "";
  return {
    table: "FuyuanOverview",
    caption: "概况",
    headers: ["项目", "数值"],
    formats: ["@", "General"],
    rows: [
      ["考评年度", `${summary.year}年`],
      ["参评单位", ranked.length + unranked.filter((u) => u.assessed).length],
      ["参与排名单位", ranked.length],
      ...gradeCounts(ranked, unranked).map(([grade, n]): [string, number] => [`其中${grade}`, n]),
      ["平均得分", average],
      ["逾期未办结事项", summary.overdue.length],
      ...meetingRows(summary.meetings),
    ],
    wrap: [1],
  };
}

/** The year's meetings and their decisions in a few lines of 概况, the missing joint meeting flagged. */
function meetingRows(m: SummaryPayload["meetings"]): (string | number)[][] {
  const joint = m.held.filter((x) => x.kind === "联席会议").length;
  const d = m.decisions;
  return [
    ["本年度会议", `${m.held.length} 次（联席会议 ${joint} 次）`],
    ["会议决定", `${d.total} 项：已办结 ${d.settled}，在办 ${d.open}，逾期未结 ${d.overdue}，未转督办 ${d.notTurned}`],
    ...(m.jointMeetingMissing ? [["联席会议提醒", m.jointMeetingMissing.message]] : []),
  ];
}

const edge = (table: string, caption: string, rows: Ranked[]): Block => ({
  table,
  caption,
  headers: ["排名", "单位", "得分", "等级"],
  formats: ["0", "@", "0.0", "@"],
  rows: rows.map((r) => [blank(r.rank), r.unit, blank(r.score), r.grade]),
});

function rankingBlock(ranked: Ranked[], assessment: AssessmentEntry[]): Block {
  const indicators = [...new Set(assessment.flatMap((e) => e.breakdown.map((b) => b.indicator)))];
  const byUnit = new Map(assessment.map((e) => [e.unit, e]));
  return {
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
}

function detailBlocks(summary: SummaryPayload, assessment: AssessmentEntry[], ranked: Ranked[], unranked: Ranked[]): Block[] {
  const byUnit = new Map(assessment.map((e) => [e.unit, e]));
  return [
    {
      table: "FuyuanBreakdown",
      caption: "一、得分构成",
      headers: ["单位", "指标", "权重", "分子", "分母", "比率", "得分"],
      formats: ["@", "@", "0", "0", "0", "0.0%", "0.0"],
      rows: [...ranked, ...unranked].flatMap((r) =>
        (byUnit.get(r.unit)?.breakdown ?? []).map((b) => [r.unit, b.indicator, b.weight, b.numerator, b.denominator, blank(b.rate), b.points]),
      ),
    },
    {
      table: "FuyuanDomains",
      caption: "二、各领域进展",
      headers: ["领域", ...PROGRESS_HEADERS],
      formats: ["@", ...PROGRESS_HEADERS.map(() => "0")],
      rows: summary.domains.map((d) => [d.domain, d.tasks, ...progress(d)]),
    },
    {
      table: "FuyuanTaskProgress",
      caption: "三、重点工作进展",
      headers: ["序号", "重点工作", "领域", ...PROGRESS_HEADERS.slice(1)],
      formats: ["0", "@", "@", ...PROGRESS_HEADERS.slice(1).map(() => "0")],
      rows: summary.tasks.map((t) => [t.no, t.title, t.domain, ...progress(t)]),
    },
    {
      table: "FuyuanMeetingsHeld",
      caption: "五、本年度会议",
      headers: ["会议类型", "会议日期", "纪要编号"],
      formats: ["@", "@", "@"],
      rows: summary.meetings.held.map((x) => [x.kind, x.date, x.minutesNo ?? ""]),
    },
    {
      table: "FuyuanOverdue",
      caption: "四、逾期未办结事项",
      headers: ["编号", "事项名称", "牵头单位", "协办单位", "截止日期", "逾期天数"],
      formats: ["0", "@", "@", "@", "@", "0"],
      rows: summary.overdue.map((o) => [o.id, o.title, o.lead, o.co.join("、"), o.deadline, o.daysOverdue]),
    },
  ];
}

export function summaryBlocks(summary: SummaryPayload, assessment: AssessmentEntry[]): SummaryBlocks {
  const ranked = summary.ranking.filter((r) => r.rank !== null).sort((a, b) => a.rank! - b.rank!);
  const unranked = summary.ranking.filter((r) => r.rank === null);
  return {
    overview: overviewBlock(summary, ranked, unranked),
    top: edge("FuyuanTop", `前${EDGE_COUNT}名`, ranked.slice(0, EDGE_COUNT)),
    bottom: edge("FuyuanBottom", `后${EDGE_COUNT}名`, ranked.length > EDGE_COUNT ? ranked.slice(-EDGE_COUNT) : []),
    ranking: rankingBlock(ranked, assessment),
    unranked: {
      table: "FuyuanUnranked",
      caption: "二、不参与排名的单位",
      headers: ["单位", "得分", "等级", "说明"],
      formats: ["@", "0.0", "@", "@"],
      // Members with nothing to assess first, then the units outside the year's assessed set (shown for information).
      rows: [...unranked]
        .sort((a, b) => Number(!a.assessed) - Number(!b.assessed))
        .map((r) => [r.unit, blank(r.score), r.grade, r.assessed ? "本年度无可考评事项，未参评" : "非参评单位，承担任务，仅列示"]),
    },
    onTime: {
      table: "FuyuanOnTime",
      caption: "三、各单位按期办结率",
      headers: ["单位", "按期办结率"],
      formats: ["@", "0.0%"],
      rows: [...summary.onTimeRate].sort((a, b) => b.rate - a.rate || a.unit.localeCompare(b.unit, "zh-CN")).map((r) => [r.unit, r.rate]),
    },
    detail: detailBlocks(summary, assessment, ranked, unranked),
  };
}
