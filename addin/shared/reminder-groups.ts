/**
 * The 催办 the task pane lists, grouped by level, most urgent first, each as the lines a clerk
 * reads: the matter, its lead, the deadline, the working days left or overdue, and how its
 * deliveries went. Pure: the pane only renders what this returns.
 */
import type { ReminderWire } from "../../schema/contracts/matters";
import type { ReminderKind } from "../../schema/values";

/** `tone`: every delivery sent (ok), one failing or retrying (failed), or nothing to send over (none). */
export type ReminderItem = { matterId: number; title: string; detail: string; delivery: string; tone: "ok" | "failed" | "none" };
export type ReminderGroup = { level: ReminderKind; items: ReminderItem[] };

const order: readonly ReminderKind[] = ["严重逾期", "逾期", "临期"];

function timeText(r: Pick<ReminderWire, "kind" | "workdaysLeft">): string {
  if (r.kind === "临期") return r.workdaysLeft === 0 ? "今日到期" : `还剩 ${r.workdaysLeft} 个工作日`;
  return `已逾期 ${-r.workdaysLeft} 个工作日`;
}

function deliveryText(r: ReminderWire): { text: string; tone: ReminderItem["tone"] } {
  const ds = r.deliveries;
  if (ds.length === 0) return { text: "未设置推送渠道，未推送", tone: "none" };
  const delivered = ds.filter((d) => d.status === "已送达").length;
  const trouble = ds.find((d) => d.status === "失败" || d.status === "重试中");
  const head = `已送达 ${delivered}/${ds.length}`;
  if (!trouble) return { text: head, tone: "ok" };
  return { text: `${head}；${trouble.status}（第 ${trouble.attempts} 次）：${trouble.lastError ?? ""}`, tone: "failed" };
}

export function reminderGroups(reminders: readonly ReminderWire[]): ReminderGroup[] {
  return order.flatMap((level) => {
    const items = reminders
      .filter((r) => r.kind === level)
      .map((r): ReminderItem => {
        const d = deliveryText(r);
        return { matterId: r.matterId, title: r.title, detail: `${r.lead} · 期限 ${r.deadline} · ${timeText(r)}`, delivery: d.text, tone: d.tone };
      });
    return items.length ? [{ level, items }] : [];
  });
}
