/** The pane's 催办 list (DOM only; null-checked like view.ts, the pane may be closed). */
import type { JointMeetingMissing } from "../../schema/contracts/joint-meeting";
import type { ReminderGroup } from "../shared/reminder-groups";

const el = (id: string) => document.getElementById(id);

/** The heading of the office's meeting alerts, above the matters' groups. */
export const MEETING_ALERTS = "会议提醒";

/** A year whose 联席会议 is past its due day and not held: one item of 会议提醒. */
function alertBlock(alerts: JointMeetingMissing[]): HTMLElement {
  const block = document.createElement("div");
  block.className = "reminder-group";
  block.dataset.level = MEETING_ALERTS;
  const h = document.createElement("h3");
  h.textContent = `${MEETING_ALERTS}（${alerts.length}）`;
  const ul = document.createElement("ul");
  ul.append(
    ...alerts.map((a) => {
      const li = document.createElement("li");
      const name = document.createElement("strong");
      name.textContent = `${a.year}年度联席会议未召开`;
      const detail = document.createElement("span");
      detail.textContent = a.message;
      li.append(name, detail);
      return li;
    }),
  );
  block.append(h, ul);
  return block;
}

export function showReminders(heading: string, groups: ReminderGroup[] | string, alerts: JointMeetingMissing[] = []) {
  const section = el("reminders");
  const title = el("reminders-title");
  const list = el("reminders-list");
  if (!section || !title || !list) return;
  section.hidden = false;
  title.textContent = heading;
  const top = alerts.length ? [alertBlock(alerts)] : [];
  if (typeof groups === "string") {
    const p = document.createElement("p");
    p.className = "hint";
    p.textContent = groups;
    list.replaceChildren(...top, p);
    return;
  }
  list.replaceChildren(
    ...top,
    ...groups.map((g) => {
      const block = document.createElement("div");
      block.className = "reminder-group";
      block.dataset.level = g.level;
      const h = document.createElement("h3");
      h.textContent = `${g.level}（${g.items.length}）`;
      const ul = document.createElement("ul");
      ul.append(
        ...g.items.map((it) => {
          const li = document.createElement("li");
          const name = document.createElement("strong");
          name.textContent = it.title;
          const detail = document.createElement("span");
          detail.textContent = it.detail;
          const delivery = document.createElement("small");
          delivery.textContent = it.delivery;
          delivery.className = it.tone;
          li.append(name, detail, delivery);
          return li;
        }),
      );
      block.append(h, ul);
      return block;
    }),
  );
}

export function hideReminders() {
  const section = el("reminders");
  if (section) section.hidden = true;
}
