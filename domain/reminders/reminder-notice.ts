import type { ReminderKind, ReminderRecipient } from "../../schema/values";

/** What a 催办单 says about one matter on one day. */
export interface NoticeInput {
  county: string;
  matterId: number;
  title: string;
  lead: string;
  deadline: string;
  level: ReminderKind;
  /** Working days left until the deadline (0 = due today, negative = working days past it). */
  workdaysLeft: number;
  to: ReminderRecipient;
  /** The name of the person addressed, when the office has filled it in. */
  person?: string | null;
  /** The day of the reminder (YYYY-MM-DD). */
  on: string;
}

/** A 催办单 as text: a short title and its lines, ready for any channel. */
export interface Notice {
  title: string;
  lines: string[];
}

function timeLine(level: ReminderKind, left: number): string {
  if (level === "临期") return left === 0 ? "办理时限：今日到期" : `办理时限：距期限还有 ${left} 个工作日`;
  return `办理时限：已逾期 ${-left} 个工作日`;
}

const asks: Readonly<Record<ReminderKind, string>> = {
  临期: "请抓紧办理，于期限内办结并报送办理结果；确需延期的，请在期限届满前提出延期申请。",
  逾期: "请立即办理，并书面说明逾期原因、目前进展和办结时限。",
  严重逾期: "请立即办理，并书面说明逾期原因、目前进展和办结时限；本事项已报分管领导督办。",
};

/**
 * The 催办单 for one matter: the matter, its deadline, the working days left or overdue, and
 * whom to answer (the 府院联动 office). Addressed to the lead unit's 联络员, or to the leader in
 * charge of it at 严重逾期, by name when the office has filled the name in.
 */
export function reminderNotice(n: NoticeInput): Notice {
  const name = n.person ? ` ${n.person}` : "";
  const addressee = n.to === "联络员" ? `${n.lead}联络员${name}` : `分管领导${name}（牵头单位：${n.lead}）`;
  return {
    title: `【${n.level}】催办单：${n.title}`,
    lines: [
      `${n.county}府院联动机制办公室 催办单（${n.level}）`,
      `致：${addressee}`,
      `事项：${n.title}（编号 ${n.matterId}）`,
      `牵头单位：${n.lead}`,
      `办理期限：${n.deadline}`,
      timeLine(n.level, n.workdaysLeft),
      `要求：${asks[n.level]}`,
      `答复：请向${n.county}府院联动机制办公室反馈办理情况（在台账中报送进展或办结）。`,
      `催办日期：${n.on}`,
    ],
  };
}
