import type { Count, ReportDuty } from "../../domain/assessment";
import type { WorkCalendar } from "../../domain/calendar";
import type { ReportingCycle } from "../../schema/values";
import type { Db } from "../platform/db";
import type { Directory } from "../platform/directory";
import type { loadTasks } from "../tasks/tasks-queries";
import { countFirstPasses, countMatters } from "./matter-counts";
import { countReports } from "./report-counts";
import { countAttendance, countDecisions, countResearchApprovals } from "./mechanism-counts";
import { countAppearances, countSuggestionReplies } from "./register-counts";

/** What every counter may read for year Y: nothing due before `start` counts, nothing after `today`. */
export interface CountContext {
  db: Db;
  year: number;
  today: string;
  /** The year's assessment start (YYYY-MM-DD): the go-live day in its first year, else 1 January. */
  start: string;
  cal: WorkCalendar;
  cycle: ReportingCycle;
  duties: ReportDuty[];
  tasks: Awaited<ReturnType<typeof loadTasks>>;
  directory: Directory;
  /** Runs `load` once per context, so counters sharing a query (lead and co matters) read it once. */
  once<T>(name: string, load: () => Promise<T>): Promise<T>;
}

/**
 * One indicator the ledger can count: its key, its Chinese name (as a scheme usually names it),
 * its definition in Chinese, and its counter (unit id → count). A counter reads its figures in
 * one query or one batch per assessment, whatever the number of units.
 */
export interface Counter {
  key: string;
  name: string;
  description: string;
  count(ctx: CountContext): Promise<Map<number, Count>>;
}

const matters = (ctx: CountContext) => ctx.once("matters", () => countMatters(ctx.db, ctx.year, ctx.today, ctx.start));

/**
 * The indicators a scheme may weigh. A new indicator is one entry here with its counter, and its
 * definition in docs/assessment.md; the scoring core never changes. The default scheme weighs
 * the first three; the office adds any other to a year's scheme with a weight.
 */
export const counters: ReadonlyArray<Counter> = [
  {
    key: "leadMatters",
    name: "牵头事项按期办结率",
    description: "牵头事项：截止日在本年度考评起始日之后、且已办结或已逾期的事项中，按期办结的件数",
    count: async (ctx) => (await matters(ctx)).lead,
  },
  {
    key: "coMatters",
    name: "协办事项按期办结率",
    description: "协办事项：本单位为协办单位、截止日在本年度考评起始日之后、且已办结或已逾期的事项中，按期办结的件数",
    count: async (ctx) => (await matters(ctx)).co,
  },
  {
    key: "reports",
    name: "进展按时报送率",
    description: "进展报送：按各任务的报送要求（默认仅牵头单位）应报的每期一次，报送截止日在本年度考评起始日之后且已到期；截止日前报送的次数",
    count: (ctx) => countReports(ctx.db, ctx),
  },
  {
    key: "firstPassMatters",
    name: "牵头事项审核一次通过率",
    description: "牵头事项审核：截止日在本年度考评起始日之后、且经办公室审核办结的事项中，未被退回（退回次数为 0）的件数",
    count: (ctx) => countFirstPasses(ctx.db, ctx.year, ctx.start),
  },
  {
    key: "headAppearance",
    name: "行政机关负责人出庭率",
    description: "行政机关负责人出庭应诉：本年度考评起始日至今开庭、且依规定应由负责人出庭的行政案件中，负责人或副职负责人出庭的件数（按被诉行政机关统计）",
    count: (ctx) => countAppearances(ctx.db, ctx),
  },
  {
    key: "suggestionReplies",
    name: "司法建议按期回复率",
    description: "司法建议回复：回复期限在本年度考评起始日之后、且已回复或已过期限的司法建议中，在期限内（含当日）回复的件数（按被建议单位统计，逾期回复与逾期未回复均不计入分子）",
    count: (ctx) => countSuggestionReplies(ctx.db, ctx),
  },
  {
    key: "meetingDecisions",
    name: "会议决定落实率",
    description: "会议决定落实：本单位牵头的会议纪要决定中，落实期限（已转督办事项的为事项截止日，未转的为纪要日期后规定工作日）在本年度考评起始日之后、且已办结或已过期限的，按期办结的件数；已撤销的事项不计",
    count: (ctx) => countDecisions(ctx.db, ctx),
  },
  {
    key: "meetingAttendance",
    name: "会议出席率",
    description: "会议出席：本年度考评起始日至今召开、本单位受邀且已登记出席情况的联席会议和专题会议中，出席或委派代表出席的次数（请假、缺席均不计入分子）",
    count: (ctx) => countAttendance(ctx.db, ctx),
  },
  {
    key: "researchApprovals",
    name: "联合调研按时审定率",
    description: "联合调研审定：审定期限（稿件提出后 10 个工作日）在本年度考评起始日之后的各版调研稿中，本单位应审定且已答复或已过期限的，在期限内（含当日）答复同意或不同意的次数",
    count: (ctx) => countResearchApprovals(ctx.db, ctx),
  },
];

/** Every indicator the ledger can count, as GET …/indicators and the scheme's `counters` list show them. */
export const availableIndicators = counters.map(({ key, name, description }) => ({ key, name, description }));

/** The keys a scheme may weigh. */
export const countedKeys: ReadonlySet<string> = new Set(counters.map((c) => c.key));
