import type { Count, ReportDuty } from "../../domain/assessment";
import type { WorkCalendar } from "../../domain/calendar";
import type { ReportingCycle } from "../../schema/values";
import type { Db } from "../platform/db";
import type { Directory } from "../platform/directory";
import type { loadTasks } from "../tasks/tasks-queries";
import { countFirstPasses, countMatters } from "./matter-counts";
import { countReports } from "./report-counts";

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

/** One indicator the ledger can count: its key, its definition in Chinese, and its counter (unit id → count). */
export interface Counter {
  key: string;
  description: string;
  count(ctx: CountContext): Promise<Map<number, Count>>;
}

const matters = (ctx: CountContext) => ctx.once("matters", () => countMatters(ctx.db, ctx.year, ctx.today, ctx.start));

/**
 * The indicators a scheme may weigh. A new indicator (meeting attendance, court appearances,
 * judicial-suggestion replies …) is one entry here with its counter, and its definition in
 * docs/assessment.md; the scoring core never changes.
 */
export const counters: ReadonlyArray<Counter> = [
  {
    key: "leadMatters",
    description: "牵头事项：截止日在本年度考评起始日之后、且已办结或已逾期的事项中，按期办结的件数",
    count: async (ctx) => (await matters(ctx)).lead,
  },
  {
    key: "coMatters",
    description: "协办事项：同上，本单位为协办单位",
    count: async (ctx) => (await matters(ctx)).co,
  },
  {
    key: "reports",
    description: "进展报送：按各任务的报送要求（默认仅牵头单位）应报的每期一次，报送截止日在本年度考评起始日之后且已到期；截止日前报送的次数",
    count: (ctx) => countReports(ctx.db, ctx),
  },
  {
    key: "firstPassMatters",
    description: "牵头事项审核：截止日在本年度考评起始日之后、且经办公室审核办结的事项中，未被退回（退回次数为 0）的件数",
    count: (ctx) => countFirstPasses(ctx.db, ctx.year, ctx.start),
  },
];

/** Indicator key → its definition, as the scheme's `counters` list shows them. */
export const countedIndicators: Readonly<Record<string, string>> = Object.fromEntries(counters.map((c) => [c.key, c.description]));
