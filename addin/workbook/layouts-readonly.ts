import { COLOUR_STYLES, server } from "./layout-columns";
import type { SheetLayout, StateColour } from "./types";

// The read-only sheets of the plan's mechanisms and the registers: pulled, never pushed.

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
 * force). Both are pulled, read-only: a party answers a draft, and the office issues, through the
 * API (see docs/research.md); the sheets show where each item stands.
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
      server("decision", "审定意见", "text", { width: 65 }),
      server("opinion", "意见", "text", { width: 220 }),
      server("on", "审定日期", "date", { width: 85 }),
      server("approvalsDue", "审定期限", "date", { width: 85 }),
      server("onTime", "按时审定", "bool", { width: 60 }),
      server("status", "状态", "text", { width: 60 }),
      server("docNo", "发文字号", "text", { width: 140 }),
    ],
  },
  {
    key: "taskforces",
    sheet: "专班",
    table: "FuyuanTaskforces",
    rowKey: "id",
    spareRows: 0,
    colours: TASKFORCE_COLOURS,
    columns: [
      server("id", "编号", "number", { width: 45 }),
      server("name", "专班名称", "text", { width: 180 }),
      server("serves", "服务案件或事项", "text", { width: 180 }),
      server("status", "状态", "text", { width: 60 }),
      server("leaders", "组长", "list", { width: 150 }),
      server("members", "成员", "list", { width: 260 }),
      server("matters", "关联事项", "list", { width: 300 }),
      server("openMatters", "未办结事项", "number", { width: 70 }),
      server("lastLog", "最近工作", "text", { width: 260 }),
      server("endedOn", "结束日期", "date", { width: 85 }),
      server("version", "版本", "number", { width: 45 }),
    ],
  },
];

/**
 * The four registers, as the server keeps them: read-only sheets (grey), refreshed by every pull.
 * Their rows are entered through the API by the court and the office (docs/registers.md).
 */
export const REGISTER_SHEETS: SheetLayout[] = [
  {
    key: "hearings",
    sheet: "出庭应诉",
    table: "FuyuanHearings",
    rowKey: "id",
    spareRows: 0,
    colours: [{ column: "missed", equals: "是", ...COLOUR_STYLES.red }],
    columns: [
      server("id", "编号", "number", { width: 50 }),
      server("caseNo", "案号", "text", { width: 160 }),
      server("court", "审理法院", "text", { width: 110 }),
      server("hearingOn", "开庭日期", "date", { width: 85 }),
      server("agency", "被诉行政机关", "text", { width: 120 }),
      server("headRequired", "应由负责人出庭", "bool", { width: 80 }),
      server("appeared", "出庭人员", "text", { width: 80 }),
      server("headSpoke", "负责人出庭发言", "bool", { width: 80 }),
      server("missed", "应出庭未出庭", "bool", { width: 80 }),
      server("note", "备注", "text", { width: 200 }),
      server("version", "版本", "number", { width: 45 }),
    ],
  },
  {
    key: "suggestions",
    sheet: "司法建议",
    table: "FuyuanSuggestions",
    rowKey: "id",
    spareRows: 0,
    colours: [
      { column: "replyState", equals: "已逾期未回复", ...COLOUR_STYLES.red },
      { column: "replyState", equals: "逾期回复", ...COLOUR_STYLES.orange },
      { column: "replyState", equals: "按期回复", ...COLOUR_STYLES.green },
    ],
    columns: [
      server("id", "编号", "number", { width: 50 }),
      server("no", "文号", "text", { width: 160 }),
      server("issuedOn", "发出日期", "date", { width: 85 }),
      server("addressee", "被建议单位", "text", { width: 120 }),
      server("subject", "建议事由", "text", { width: 220 }),
      server("kind", "类别", "text", { width: 90 }),
      server("replyBy", "回复期限", "date", { width: 85 }),
      server("repliedOn", "回复日期", "date", { width: 85 }),
      server("adoption", "采纳情况", "text", { width: 70 }),
      server("reply", "回复内容", "text", { width: 220 }),
      server("reason", "未采纳理由", "text", { width: 160 }),
      server("replyState", "回复状态", "text", { width: 90 }),
      server("version", "版本", "number", { width: 45 }),
    ],
  },
  {
    key: "petitionRisks",
    sheet: "信访风险评估",
    table: "FuyuanPetitionRisks",
    rowKey: "id",
    spareRows: 0,
    colours: [{ column: "grade", equals: "高", ...COLOUR_STYLES.red }],
    columns: [
      server("id", "编号", "number", { width: 50 }),
      server("caseNo", "案号", "text", { width: 160 }),
      server("agency", "涉诉行政机关", "text", { width: 120 }),
      server("grade", "风险等级", "text", { width: 60 }),
      server("assessedOn", "评估日期", "date", { width: 85 }),
      server("plan", "应对方案", "text", { width: 240 }),
      server("liaison", "沟通负责人", "text", { width: 100 }),
      server("actions", "工作记录", "list", { width: 300 }),
      server("status", "状态", "text", { width: 60 }),
      server("version", "版本", "number", { width: 45 }),
    ],
  },
  {
    key: "enterprises",
    sheet: "危困企业名册",
    table: "FuyuanEnterprises",
    rowKey: "id",
    spareRows: 0,
    colours: [{ column: "level", equals: "高", ...COLOUR_STYLES.red }],
    columns: [
      server("id", "编号", "number", { width: 50 }),
      server("name", "企业名称", "text", { width: 200 }),
      server("level", "风险等级", "text", { width: 60 }),
      server("measures", "拟采取措施", "list", { width: 140 }),
      server("units", "责任单位", "list", { width: 200 }),
      server("movement", "等级变化", "text", { width: 140 }),
      server("lastReviewedOn", "最近研判日期", "date", { width: 85 }),
      server("lastNote", "最近研判情况", "text", { width: 260 }),
      server("version", "版本", "number", { width: 45 }),
    ],
  },
];
