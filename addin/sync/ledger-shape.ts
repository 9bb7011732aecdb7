/**
 * 督办事项 and 进展报送 rows from the wire: what the clerk reads beside each matter (the reminder
 * level today, working days left or overdue, the extension in force, the co-units' feedback) and
 * the task title beside each report. Pure functions, no Office; the same shaping serves the pull
 * and the rewrite after a push.
 */
import type { MatterWire } from "../../schema/contracts/matters";
import type { ReportRow } from "../../schema/contracts/reports";
import { reminderKind } from "../../domain/matters/reminder-kind";
import type { Row } from "./snapshot";

type Extension = MatterWire["extensions"][number];
type Contribution = MatterWire["contributions"][number];

/** YYYY-MM-DD of an epoch-ms instant, China time. */
const chinaDay = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * The extension in force and any request still waiting: 延期至 2026-12-20（已批准）, 申请延期
 * 5 个工作日（待审批）. Refused and withdrawn requests are history (查看历史), not shown.
 */
export function extensionText(extensions: readonly Extension[]): string {
  const approved = extensions.filter((e) => e.status === "已批准" && e.newDeadline);
  const inForce = approved.at(-1);
  const waiting = extensions.filter((e) => e.status === "待审批");
  const parts = [
    ...(inForce ? [`延期至 ${inForce.newDeadline}（已批准）`] : []),
    ...waiting.map((e) => `申请延期 ${e.days} 个工作日（待审批）`),
  ];
  return parts.join("；");
}

/** Each co-unit's contribution, oldest first, one per line: 县公安局（2026-11-20）：已完成现场勘验. */
export function feedbackText(contributions: readonly Contribution[]): string {
  return [...contributions]
    .sort((a, b) => a.at - b.at)
    .map((c) => `${c.unit}（${chinaDay(c.at)}）：${c.contribution}`)
    .join("\n");
}

/** A matter as 督办事项 shows it. `workdaysLeft` (null once settled) splits into days left and days overdue. */
export function matterRow(m: MatterWire): Row {
  const left = m.workdaysLeft;
  return {
    ...m,
    reminder: reminderKind(m.state, left) ?? "",
    workdaysToGo: left !== null && left >= 0 ? left : null,
    overdueDays: left !== null && left < 0 ? -left : null,
    extension: extensionText(m.extensions ?? []),
    coFeedback: feedbackText(m.contributions ?? []),
  };
}

export const matterRows = (matters: readonly MatterWire[]): Row[] => matters.map(matterRow);

/** Reports with the title of their task beside the number (blank for a number the ledger has no task for). */
export function reportRows(reports: readonly ReportRow[], titles: ReadonlyMap<number, string>): Row[] {
  return reports.map((r) => ({ ...r, taskTitle: titles.get(r.task) ?? "" }));
}

/** Task number → title, from task rows or sheet rows that carry both (later rows win). */
export function taskTitles(rows: readonly Row[], titleKey: "title" | "taskTitle"): Map<number, string> {
  const titles = new Map<number, string>();
  for (const r of rows) {
    const no = titleKey === "title" ? r.no : r.task;
    const title = r[titleKey];
    if (typeof no === "number" && typeof title === "string" && title !== "") titles.set(no, title);
  }
  return titles;
}
