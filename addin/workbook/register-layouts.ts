import { COLOUR_STYLES, remark, server, user } from "./layout-columns";
import type { SheetLayout } from "./types";

/**
 * The four registers (docs/registers.md). The court and the office type new rows into the spare
 * rows and correct existing ones; the addressee of a 司法建议 fills in its reply on its own row; a
 * responsible unit records an enterprise's review by writing a new 研判日期, level and note. Push
 * sends only the changed rows (addin/sync/push-registers.ts) and the server decides who may write
 * what. A unit column offers every unit as a dropdown but also takes another of its names (the
 * server knows the aliases), so an unknown name reaches the server and is refused on the cell.
 */
/** A unit column takes another of the unit's names too: the dropdown advises, the server judges. */
const UNIT_HINT = "可从下拉列表中选择，也可写单位的其他名称；未知的单位提交时会被退回并标注在单元格上。";

export const REGISTER_SHEETS: SheetLayout[] = [
  {
    key: "hearings",
    sheet: "出庭应诉",
    table: "FuyuanHearings",
    rowKey: "id",
    spareRows: 20,
    colours: [{ column: "missed", equals: "是", ...COLOUR_STYLES.red }],
    columns: [
      server("id", "编号", "number", { width: 50 }),
      user("caseNo", "案号", "text", { width: 160 }),
      user("court", "审理法院", "text", { width: 110 }),
      user("hearingOn", "开庭日期", "date", { width: 85 }),
      user("agency", "被诉行政机关", "text", { list: "allUnits", lenient: UNIT_HINT, width: 120 }),
      user("headRequired", "应由负责人出庭", "bool", { list: "yesNo", width: 80 }),
      user("appeared", "出庭人员", "text", { list: "appearances", width: 80 }),
      user("headSpoke", "负责人出庭发言", "bool", { list: "yesNo", width: 80 }),
      user("note", "备注", "text", { width: 200, wrap: true }),
      server("missed", "应出庭未出庭", "bool", { width: 80 }),
      server("version", "版本", "number", { width: 45 }),
      remark(),
    ],
  },
  {
    key: "suggestions",
    sheet: "司法建议",
    table: "FuyuanSuggestions",
    rowKey: "id",
    spareRows: 20,
    colours: [
      { column: "replyState", equals: "已逾期未回复", ...COLOUR_STYLES.red },
      { column: "replyState", equals: "逾期回复", ...COLOUR_STYLES.orange },
      { column: "replyState", equals: "按期回复", ...COLOUR_STYLES.green },
    ],
    columns: [
      server("id", "编号", "number", { width: 50 }),
      user("no", "文号", "text", { width: 160 }),
      user("issuedOn", "发出日期", "date", { width: 85 }),
      user("addressee", "被建议单位", "text", { list: "allUnits", lenient: UNIT_HINT, width: 120 }),
      user("subject", "建议事由", "text", { width: 220, wrap: true }),
      user("kind", "类别", "text", { list: "suggestionKinds", width: 90 }),
      user("replyDays", "回复期限（天）", "number", { width: 60 }),
      user("repliedOn", "回复日期", "date", { width: 85 }),
      user("adoption", "采纳情况", "text", { list: "adoptions", width: 70 }),
      user("reply", "回复内容", "text", { width: 220, wrap: true }),
      user("reason", "未采纳理由", "text", { width: 160, wrap: true }),
      server("replyBy", "回复截止日期", "date", { width: 85 }),
      server("replyState", "回复状态", "text", { width: 90 }),
      server("version", "版本", "number", { width: 45 }),
      remark(),
    ],
  },
  {
    key: "petitionRisks",
    sheet: "信访风险评估",
    table: "FuyuanPetitionRisks",
    rowKey: "id",
    spareRows: 20,
    colours: [{ column: "grade", equals: "高", ...COLOUR_STYLES.red }],
    columns: [
      server("id", "编号", "number", { width: 50 }),
      user("caseNo", "案号", "text", { width: 160 }),
      user("agency", "涉诉行政机关", "text", { list: "allUnits", lenient: UNIT_HINT, width: 120 }),
      user("grade", "风险等级", "text", { list: "riskGrades", width: 60 }),
      user("assessedOn", "评估日期", "date", { width: 85 }),
      user("plan", "应对方案", "text", { width: 240, wrap: true }),
      user("liaison", "沟通负责人", "text", { width: 100 }),
      user("status", "状态", "text", { list: "riskStatuses", width: 60 }),
      // Typed to add one action to the case's record (never edited once added); blank after the push.
      user("actionOn", "新增工作日期", "date", { width: 85 }),
      user("action", "新增工作内容", "text", { width: 200, wrap: true }),
      server("actions", "工作记录", "list", { width: 300, wrap: true }),
      server("version", "版本", "number", { width: 45 }),
      remark(),
    ],
  },
  {
    key: "enterprises",
    sheet: "危困企业名册",
    table: "FuyuanEnterprises",
    rowKey: "id",
    spareRows: 20,
    colours: [{ column: "level", equals: "高", ...COLOUR_STYLES.red }],
    columns: [
      server("id", "编号", "number", { width: 50 }),
      user("name", "企业名称", "text", { width: 200 }),
      // The level, day and note of the latest review: writing new ones records a new review.
      user("level", "风险等级", "text", { list: "enterpriseLevels", width: 60 }),
      user("measures", "拟采取措施", "list", { width: 140 }),
      user("units", "责任单位", "list", { width: 200, wrap: true }),
      user("lastReviewedOn", "研判日期", "date", { width: 85 }),
      user("lastNote", "研判情况", "text", { width: 260, wrap: true }),
      server("movement", "等级变化", "text", { width: 140 }),
      server("version", "版本", "number", { width: 45 }),
      remark(),
    ],
  },
];
