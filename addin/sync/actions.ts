/** What each role may do from the task pane, and how the pane names the caller. */
import type { MeWire } from "../../schema/contracts/me";
import { roleNames, type Role } from "../../schema/values";

export type ActionId = "pullLedger" | "pushChanges" | "reviewSettlements" | "turnDecisions" | "loadCalendar" | "refreshSummary" | "pullOwn" | "pushOwn";

export const ACTION_LABELS: Record<ActionId, string> = {
  pullLedger: "拉取台账",
  pushChanges: "提交修改",
  reviewSettlements: "审核办结",
  turnDecisions: "会议决定转督办",
  loadCalendar: "载入节假日",
  refreshSummary: "刷新汇总",
  pullOwn: "拉取本单位数据",
  pushOwn: "提交本单位数据",
};

export const ACTION_HINTS: Record<ActionId, string> = {
  pullLedger: "把重点工作、成员单位、督办事项、进展报送、节假日和四类登记（出庭应诉、司法建议、信访风险评估、危困企业名册）写入工作簿",
  pushChanges: "只提交拉取后改动过的行：督办事项、进展报送、会议出席情况、议题处理结果、联合调研审定意见和四类登记",
  reviewSettlements: "逐件审核成员单位报来的办结：通过即办结，退回须写明理由",
  turnDecisions: "把“会议决定”表中选中的决定转为督办事项（按纪要编号和决定序号标明来源），并刷新“督办事项”",
  loadCalendar: "把“节假日”表中改动的年份提交到服务器，并刷新日期函数使用的日历",
  refreshSummary: "重建“考评汇总”表：排名、等次、逾期清单和图表",
  pullOwn: "拉取本单位负责的重点工作、督办事项、进展报送和与本单位有关的登记",
  pushOwn: "只提交拉取后改动过的本单位行（含新提出的议题、本单位的联合调研审定意见、司法建议的回复和危困企业的研判；县法院可录入四类登记）",
};

export const ACTIONS_BY_ROLE: Record<Role, ActionId[]> = {
  office: ["pullLedger", "pushChanges", "reviewSettlements", "turnDecisions", "loadCalendar", "refreshSummary"],
  unit: ["pullOwn", "pushOwn"],
  leader: ["refreshSummary"],
};

/** "县财政局 · 成员单位" or "办公室". A role this add-in does not know yet is named as the server names it. */
export function describeCaller(me: MeWire): string {
  const role = (roleNames[me.role] as string | undefined) ?? me.roleName;
  const who = me.unit ? `${me.unit} · ${role}` : role;
  return me.person ? `${who} · ${me.post} ${me.person}` : who;
}
