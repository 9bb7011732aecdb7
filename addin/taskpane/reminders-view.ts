/** The pane's 催办 list (DOM only; null-checked like view.ts, the pane may be closed). */
import type { ReminderGroup } from "../shared/reminder-groups";

const el = (id: string) => document.getElementById(id);

export function showReminders(heading: string, groups: ReminderGroup[] | string) {
  const section = el("reminders");
  const title = el("reminders-title");
  const list = el("reminders-list");
  if (!section || !title || !list) return;
  section.hidden = false;
  title.textContent = heading;
  if (typeof groups === "string") {
    const p = document.createElement("p");
    p.className = "hint";
    p.textContent = groups;
    list.replaceChildren(p);
    return;
  }
  list.replaceChildren(
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
