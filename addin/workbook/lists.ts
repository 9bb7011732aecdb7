import { columnLetter } from "./address";
import {
  attendanceStatuses,
  enterpriseRiskLevels,
  meetingKinds,
  taskforceLogKinds,
  taskforceStatuses,
  hearingAppearances,
  matterSources,
  petitionRiskStatuses,
  researchDecisions,
  riskGrades,
  suggestionAdoptions,
  suggestionKinds,
  topicDecisions,
} from "../../schema/values";
import { LIST_SHEET } from "./layouts";
import type { ListName, ValidationLists } from "./types";

// The server's lists live on a hidden 列表 sheet, one column each, behind a workbook name that the
// validation rules point at (=List_Units …). A list not given on this pull keeps its earlier values:
// the name still exists, so the dropdown still works. Names share a namespace with tables, hence the prefix.

const LISTS: { name: ListName; header: string; defined: string; defaults?: readonly string[] }[] = [
  { name: "units", header: "单位", defined: "List_Units" },
  { name: "tasks", header: "任务序号", defined: "List_Tasks" },
  { name: "sources", header: "来源", defined: "List_Sources", defaults: matterSources },
  { name: "periods", header: "报送期次", defined: "List_Periods" },
  { name: "attendance", header: "出席情况", defined: "List_Attendance", defaults: attendanceStatuses },
  { name: "topicDecisions", header: "处理结果", defined: "List_TopicDecisions", defaults: topicDecisions },
  { name: "approvals", header: "审定意见", defined: "List_Approvals", defaults: researchDecisions },
  { name: "meetings", header: "会议编号", defined: "List_Meetings" },
  { name: "allUnits", header: "全部单位", defined: "List_AllUnits" },
  { name: "yesNo", header: "是否", defined: "List_YesNo", defaults: ["是", "否"] },
  { name: "appearances", header: "出庭人员", defined: "List_Appearances", defaults: hearingAppearances },
  { name: "suggestionKinds", header: "建议类别", defined: "List_SuggestionKinds", defaults: suggestionKinds },
  { name: "adoptions", header: "采纳情况", defined: "List_Adoptions", defaults: suggestionAdoptions },
  { name: "riskGrades", header: "风险等级", defined: "List_RiskGrades", defaults: riskGrades },
  { name: "riskStatuses", header: "评估状态", defined: "List_RiskStatuses", defaults: petitionRiskStatuses },
  { name: "enterpriseLevels", header: "企业风险等级", defined: "List_EnterpriseLevels", defaults: enterpriseRiskLevels },
  { name: "meetingKinds", header: "会议类型", defined: "List_MeetingKinds", defaults: meetingKinds },
  { name: "taskforces", header: "专班", defined: "List_Taskforces" },
  { name: "taskforceStatuses", header: "专班状态", defined: "List_TaskforceStatuses", defaults: taskforceStatuses },
  { name: "taskforceLogKinds", header: "记录类别", defined: "List_TaskforceLogKinds", defaults: taskforceLogKinds },
];

export interface ListProbe {
  sheet: Excel.Worksheet;
  names: Map<ListName, Excel.NamedItem>;
}

/** Queues the loads that tell whether the 列表 sheet and each name exist (read at the next sync). */
export function probeLists(context: Excel.RequestContext): ListProbe {
  const sheet = context.workbook.worksheets.getItemOrNullObject(LIST_SHEET);
  sheet.load("isNullObject");
  const names = new Map<ListName, Excel.NamedItem>();
  for (const list of LISTS) {
    const item = context.workbook.names.getItemOrNullObject(list.defined);
    item.load("isNullObject");
    names.set(list.name, item);
  }
  return { sheet, names };
}

/**
 * Queues the writes of the lists given (and the fixed defaults) after the probe's sync. Returns the
 * validation source of every list that exists now, e.g. `{ units: "=List_Units" }`.
 */
export function writeLists(context: Excel.RequestContext, probe: ListProbe, lists: ValidationLists = {}): Map<ListName, string> {
  const sheet = probe.sheet.isNullObject ? context.workbook.worksheets.add(LIST_SHEET) : probe.sheet;
  sheet.visibility = "Hidden";
  const sources = new Map<ListName, string>();
  LISTS.forEach((list, i) => {
    const values: readonly (string | number)[] | undefined = (lists as Partial<Record<ListName, readonly (string | number)[]>>)[list.name] ?? list.defaults;
    const existing = probe.names.get(list.name)!;
    if (values === undefined || values.length === 0) {
      if (!existing.isNullObject) sources.set(list.name, `=${list.defined}`);
      return;
    }
    const letter = columnLetter(i);
    sheet.getRange(`${letter}:${letter}`).clear();
    sheet.getRange(`${letter}1`).values = [[list.header]];
    const address = `${letter}2:${letter}${values.length + 1}`;
    const range = sheet.getRange(address);
    range.numberFormat = values.map((v) => [typeof v === "number" ? "0" : "@"]);
    range.values = values.map((v) => [v]);
    if (!existing.isNullObject) existing.delete();
    context.workbook.names.add(list.defined, `='${LIST_SHEET}'!$${letter}$2:$${letter}$${values.length + 1}`);
    sources.set(list.name, `=${list.defined}`);
  });
  return sources;
}
