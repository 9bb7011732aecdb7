import { matterStateColours, matterStates } from "../../schema/values";
import { COLOUR_STYLES, REMARK_KEY, remark, server, user } from "./layout-columns";
import { MECHANISM_SHEETS } from "./layouts-mechanisms";
import { REGISTER_SHEETS } from "./register-layouts";
import type { SheetKey, SheetLayout, StateColour } from "./types";

export { COLOUR_STYLES, MECHANISM_SHEETS, REMARK_KEY };

// Every sheet the add-in writes, declared once as data. Column order is the order on the sheet:
// the row key first, then what the user may edit, then the server's computed block at the right
// (grey and locked), so nobody can type a deadline, a status or a version.


/**
 * Fills on 督办事项: the row of each 时限状态 takes the colour the server gives that state
 * (matterStateColours, the list the API's `colour` comes from).
 */
const MATTER_COLOURS: StateColour[] = matterStates.map((state) => ({ column: "state", equals: state, ...COLOUR_STYLES[matterStateColours[state]] }));

/** 重点工作's 进展状态 (addin/sync/task-progress.ts): on course, reports missing, matters overdue. */
export const TASK_STATUSES = ["正常", "缺报", "有逾期", "有逾期、缺报"] as const;
/** Only a task that needs the office is coloured: a sheet of green rows would hide the few that matter. */
const TASK_COLOURS: StateColour[] = [
  { column: "status", equals: "缺报", ...COLOUR_STYLES.yellow },
  { column: "status", equals: "有逾期", ...COLOUR_STYLES.red },
  { column: "status", equals: "有逾期、缺报", ...COLOUR_STYLES.red },
];

/** 受邀单位's hint: a new meeting names every invited unit in the one cell. */
const INVITED_HINT = "新登记会议时，可在一格内填写全部受邀单位，用“、”分隔（可用单位别名）；登记后每家单位一行。";

/**
 * 来源文号's hint: typed on a new row only (an existing matter's is corrected from the pane). With
 * 来源 专班 it names the task force that hands the matter out (the dropdown: the running ones).
 */
const SOURCE_REF_HINT = "新交办事项：来源为专班时请从下拉列表中选择交办的专班；其他来源可填写文号（如纪要编号）。已交办事项的来源文号请在任务窗格中更正。";

const LEDGER_SHEETS: SheetLayout[] = [
  {
    key: "tasks",
    sheet: "重点工作",
    table: "FuyuanTasks",
    rowKey: "no",
    spareRows: 0,
    colours: TASK_COLOURS,
    columns: [
      server("no", "序号", "number", { width: 40 }),
      server("domain", "领域", "text", { width: 90 }),
      server("title", "重点工作", "text", { width: 200, wrap: true }),
      server("status", "进展状态", "text", { width: 80 }),
      server("period", "最近到期期次", "period", { width: 100 }),
      server("reported", "已报/应报", "text", { width: 60 }),
      server("missing", "未报单位", "list", { width: 160, wrap: true }),
      server("openMatters", "在办事项", "number", { width: 50 }),
      server("overdueMatters", "逾期事项", "number", { width: 50 }),
      server("lead", "牵头单位", "text", { width: 110, wrap: true }),
      server("units", "责任单位", "list", { width: 220, wrap: true }),
      server("written", "计划原文单位名称", "list", { width: 180, wrap: true }),
      server("text", "任务内容", "text", { width: 420, wrap: true }),
    ],
  },
  {
    key: "units",
    sheet: "成员单位",
    table: "FuyuanUnits",
    rowKey: "name",
    spareRows: 0,
    colours: [],
    columns: [
      server("name", "单位名称", "text", { width: 140 }),
      server("kind", "类别", "text", { width: 90 }),
      server("member", "联席会议成员", "bool", { width: 80 }),
      server("aliases", "别名", "list", { width: 200, wrap: true }),
      server("groups", "所属统称", "list", { width: 200, wrap: true }),
      server("liaison", "联络员", "text", { width: 80 }),
      server("liaisonPhone", "联系电话", "text", { width: 110 }),
    ],
  },
  {
    key: "matters",
    sheet: "督办事项",
    table: "FuyuanMatters",
    rowKey: "id",
    spareRows: 50,
    colours: MATTER_COLOURS,
    columns: [
      server("id", "编号", "number", { width: 50 }),
      user("title", "事项名称", "text", { width: 200, wrap: true }),
      user("task", "任务序号", "number", { list: "tasks", width: 60 }),
      user("source", "来源", "text", { list: "sources", width: 80 }),
      user("lead", "牵头单位", "text", { list: "units", width: 120 }),
      user("co", "协办单位", "list", { width: 160, wrap: true }),
      user("assigned", "交办日期", "date", { width: 85 }),
      user("days", "时限（工作日）", "number", { width: 70 }),
      user("settled", "办结日期", "date", { width: 85 }),
      user("result", "办理结果", "text", { width: 200, wrap: true }),
      server("deadline", "截止日期", "date", { width: 85 }),
      server("originalDeadline", "原截止日期", "date", { width: 85 }),
      server("provisional", "截止日期暂定", "bool", { width: 70 }),
      server("status", "状态", "text", { width: 60 }),
      server("state", "时限状态", "text", { width: 70 }),
      server("onTime", "按期办结", "bool", { width: 60 }),
      server("reminder", "催办", "text", { width: 60 }),
      server("workdaysToGo", "剩余工作日", "number", { width: 60 }),
      server("overdueDays", "逾期天数（工作日）", "number", { width: 65 }),
      server("extension", "延期", "text", { width: 170, wrap: true }),
      server("coFeedback", "协办反馈", "text", { width: 240, wrap: true }),
      user("sourceRef", "来源文号", "text", { list: "taskforces", lenient: SOURCE_REF_HINT, width: 140, wrap: true }),
      server("version", "版本", "number", { width: 45 }),
      remark(),
    ],
  },
  {
    key: "reports",
    sheet: "进展报送",
    table: "FuyuanReports",
    rowKey: "id",
    spareRows: 50,
    colours: [],
    columns: [
      server("id", "编号", "number", { width: 50 }),
      user("unit", "报送单位", "text", { list: "units", width: 120 }),
      user("task", "任务序号", "number", { list: "tasks", width: 60 }),
      server("taskTitle", "重点工作", "text", { width: 180, wrap: true }),
      user("period", "报送期次", "period", { list: "periods", lenient: "可从下拉列表中选择，也可写作 2026-Q4（季度）或 2026-11（月度）。", width: 110 }),
      user("progress", "工作进展", "text", { width: 300, wrap: true }),
      user("problems", "存在问题", "text", { width: 200, wrap: true }),
      user("plan", "下步计划", "text", { width: 200, wrap: true }),
      server("submittedOn", "报送日期", "date", { width: 85 }),
      server("version", "版本", "number", { width: 45 }),
      remark(),
    ],
  },
  {
    key: "calendar",
    sheet: "节假日",
    table: "FuyuanCalendar",
    rowKey: "from",
    spareRows: 10,
    colours: [],
    note: true,
    // One row per holiday period of the State Council's notice; 载入节假日 turns the rows of a year
    // back into its days off and make-up workdays (addin/sync/calendar-shape.ts).
    columns: [
      user("year", "年份", "number", { width: 50 }),
      server("name", "节日", "text", { width: 100 }),
      user("from", "放假开始", "date", { width: 85 }),
      user("to", "放假结束", "date", { width: 85 }),
      server("days", "天数", "number", { width: 45 }),
      user("work", "调休上班", "list", { width: 170, wrap: true }),
      server("source", "依据", "text", { width: 320, wrap: true }),
      remark(),
    ],
  },
  // 会议, 议题 and 会议决定 (四(一)). On 会议 the office enters a new meeting on a blank row (会议类型,
  // 日期, 召集人, 地点, and every invited unit in 受邀单位, separated by 、), corrects a meeting's own
  // fields on any one of its rows, and records attendance (出席情况 and 委派代表): one row per invited
  // unit once stored. On 议题 a unit proposes a topic by typing a new row (议题, 说明, 会议编号
  // optional) and the office decides (处理结果 列入议程 / 不予采纳, 不予采纳理由). On 会议决定 the office
  // types the minutes, one row per decision (会议编号, 纪要编号 and 纪要日期 on at least one row of the
  // meeting), sent whole per meeting; it turns selected rows into matters from the pane (会议决定转督办).
  {
    key: "meetings",
    sheet: "会议",
    table: "FuyuanMeetings",
    rowKey: "key",
    spareRows: 10,
    colours: [],
    columns: [
      server("key", "行号", "text", { width: 130 }),
      server("id", "会议编号", "number", { width: 50 }),
      user("kind", "会议类型", "text", { list: "meetingKinds", width: 70 }),
      user("date", "会议日期", "date", { width: 85 }),
      user("convener", "召集人", "text", { width: 100 }),
      user("place", "地点", "text", { width: 140 }),
      server("minutesNo", "纪要编号", "text", { width: 140 }),
      user("unit", "受邀单位", "text", { list: "units", lenient: INVITED_HINT, width: 120, wrap: true }),
      user("attendance", "出席情况", "text", { list: "attendance", width: 90 }),
      user("delegate", "委派代表", "text", { width: 80 }),
      server("version", "版本", "number", { width: 45 }),
      remark(),
    ],
  },
  {
    key: "topics",
    sheet: "议题",
    table: "FuyuanTopics",
    rowKey: "id",
    spareRows: 20,
    colours: [],
    columns: [
      server("id", "议题编号", "number", { width: 50 }),
      user("title", "议题", "text", { width: 200, wrap: true }),
      user("description", "说明", "text", { width: 260, wrap: true }),
      server("proposer", "提出单位", "text", { width: 120 }),
      user("meeting", "会议编号", "number", { list: "meetings", width: 60 }),
      user("status", "处理结果", "text", { list: "topicDecisions", width: 70 }),
      user("reason", "不予采纳理由", "text", { width: 200, wrap: true }),
      remark(),
    ],
  },
  {
    key: "decisions",
    sheet: "会议决定",
    table: "FuyuanDecisions",
    rowKey: "ref",
    spareRows: 30,
    colours: MATTER_COLOURS,
    columns: [
      server("ref", "决定编号", "text", { width: 190 }),
      user("meeting", "会议编号", "number", { list: "meetings", width: 50 }),
      user("minutesNo", "纪要编号", "text", { width: 140 }),
      user("minutesDate", "纪要日期", "date", { width: 85 }),
      user("no", "决定序号", "number", { width: 50 }),
      user("text", "决定内容", "text", { width: 260, wrap: true }),
      user("lead", "牵头单位", "text", { list: "units", lenient: "可从下拉列表中选择，也可填写单位的别名。", width: 120 }),
      user("co", "协办单位", "list", { width: 180, wrap: true }),
      user("days", "时限（工作日）", "number", { width: 70 }),
      server("matter", "督办事项编号", "number", { width: 70 }),
      server("status", "事项状态", "text", { width: 60 }),
      server("state", "时限状态", "text", { width: 70 }),
      server("deadline", "截止日期", "date", { width: 85 }),
      remark(),
    ],
  },
];

export const SHEETS: SheetLayout[] = [...LEDGER_SHEETS, ...MECHANISM_SHEETS, ...REGISTER_SHEETS];

export function layoutOf(key: string): SheetLayout {
  const layout = SHEETS.find((s) => s.key === key);
  if (!layout) throw new Error(`No sheet layout for ${key}`);
  return layout;
}

export const LIST_SHEET = "列表";
export const CONFLICT_SHEET = "冲突";
export const SUMMARY_SHEET = "考评汇总";
/** The summary's long tables (score breakdown, domains, tasks, overdue matters). */
export const SUMMARY_DETAIL_SHEET = "考评明细";

/** The worksheet name of each sheet the add-in owns, as the pane's messages name them. */
export const SHEET_NAMES = Object.fromEntries([...SHEETS.map((s) => [s.key, s.sheet]), ["summary", SUMMARY_SHEET]]) as Record<SheetKey, string>;
/** Grey for the server's block. */
export const SERVER_FILL = "#D9D9D9";
/** Refused cells. */
export const REFUSAL_FILL = "#FF9999";
/** Every note the add-in writes (where Excel has notes) starts with this, so it can find and clear its own notes. */
export const REFUSAL_NOTE_PREFIX = "【服务器退回】";
