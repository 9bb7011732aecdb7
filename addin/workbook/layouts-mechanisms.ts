import { COLOUR_STYLES, remark, server, user } from "./layout-columns";
import type { SheetLayout, StateColour } from "./types";

// The sheets of the plan's joint research and task forces (四(二)、(三)).

/** Fills on 联合调研 by each party's answer to the current draft, and on 专班 by its status. */
const ANSWER_COLOURS: StateColour[] = [
  { column: "decision", equals: "同意", ...COLOUR_STYLES.green },
  { column: "decision", equals: "不同意", ...COLOUR_STYLES.red },
  { column: "decision", equals: "待审定", ...COLOUR_STYLES.yellow },
];
const TASKFORCE_COLOURS: StateColour[] = [
  { column: "status", equals: "运行中", ...COLOUR_STYLES.green },
  { column: "status", equals: "已结束", ...COLOUR_STYLES.grey },
];

/**
 * 联合调研 (one row per research item and party, the office first) and 专班 (one row per task
 * force). On 联合调研 a party answers the draft its row shows (审定意见 同意 / 不同意 and 意见, on
 * its own row only) and submits; the office issues through the API (see docs/research.md). On 专班
 * the office sets up a task force on a blank row (名称, 服务案件或事项, 组长 and 成员 as 姓名（单位）,
 * separated by 、) and ends one (状态 已结束, 结束说明); on 专班工作记录 the office or a member's unit
 * adds a meeting or action, one row per entry, naming the task force in 专班.
 */
export const MECHANISM_SHEETS: SheetLayout[] = [
  {
    key: "research",
    sheet: "联合调研",
    table: "FuyuanResearch",
    rowKey: "key",
    spareRows: 0,
    colours: ANSWER_COLOURS,
    columns: [
      server("key", "行号", "text", { width: 110 }),
      server("id", "调研编号", "number", { width: 55 }),
      server("topic", "调研课题", "text", { width: 200 }),
      server("lead", "牵头单位", "text", { width: 100 }),
      server("draftKind", "文稿类别", "text", { width: 70 }),
      server("draftTitle", "文稿标题", "text", { width: 220 }),
      server("draftVersion", "稿次", "number", { width: 40 }),
      server("unit", "审定单位", "text", { width: 110 }),
      user("decision", "审定意见", "text", { list: "approvals", width: 65 }),
      user("opinion", "意见", "text", { width: 220, wrap: true }),
      server("on", "审定日期", "date", { width: 85 }),
      server("approvalsDue", "审定期限", "date", { width: 85 }),
      server("onTime", "按时审定", "bool", { width: 60 }),
      server("status", "状态", "text", { width: 60 }),
      server("docNo", "发文字号", "text", { width: 140 }),
      remark(),
    ],
  },
  {
    key: "taskforces",
    sheet: "专班",
    table: "FuyuanTaskforces",
    rowKey: "id",
    spareRows: 10,
    colours: TASKFORCE_COLOURS,
    columns: [
      server("id", "编号", "number", { width: 45 }),
      user("name", "专班名称", "text", { width: 180, wrap: true }),
      user("serves", "服务案件或事项", "text", { width: 180, wrap: true }),
      user("matter", "服务事项编号", "number", { width: 60 }),
      user("status", "状态", "text", { list: "taskforceStatuses", width: 60 }),
      user("leaders", "组长", "list", { width: 150, wrap: true }),
      user("members", "成员", "list", { width: 260, wrap: true }),
      user("endNote", "结束说明", "text", { width: 160, wrap: true }),
      server("matters", "关联事项", "list", { width: 300, wrap: true }),
      server("openMatters", "未办结事项", "number", { width: 70 }),
      server("lastLog", "最近工作", "text", { width: 260, wrap: true }),
      server("endedOn", "结束日期", "date", { width: 85 }),
      server("version", "版本", "number", { width: 45 }),
      remark(),
    ],
  },
  {
    key: "taskforceLog",
    sheet: "专班工作记录",
    table: "FuyuanTaskforceLog",
    rowKey: "id",
    spareRows: 20,
    colours: [],
    columns: [
      server("id", "记录编号", "number", { width: 55 }),
      user("taskforce", "专班", "text", { list: "taskforces", width: 200, wrap: true }),
      user("date", "日期", "date", { width: 85 }),
      user("kind", "类别", "text", { list: "taskforceLogKinds", width: 50 }),
      user("text", "会议或工作情况", "text", { width: 360, wrap: true }),
      server("taskforceId", "专班编号", "number", { width: 55 }),
      remark(),
    ],
  },
];
