import { COLOUR_STYLES, server } from "./layout-columns";
import type { SheetLayout, StateColour } from "./types";

// The read-only sheets of the registers: pulled, never pushed.

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
