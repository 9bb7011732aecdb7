/**
 * DOM access for the task pane. Every lookup is null-checked: in a shared runtime the pane
 * may be closed while the runtime (and a running job) lives on.
 */
import { ACTION_HINTS, ACTION_LABELS, type ActionId } from "../sync/actions";

const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

export type Tone = "info" | "error" | "ok";

export function notice(text: string, tone: Tone = "info") {
  const node = el("notice");
  if (!node) return;
  node.textContent = text;
  node.className = tone === "info" ? "notice" : `notice ${tone}`;
  node.hidden = false;
}

export function hideNotice() {
  const node = el("notice");
  if (node) node.hidden = true;
}

export function showSignIn() {
  const signin = el("signin");
  const session = el("session");
  if (signin) signin.hidden = false;
  if (session) session.hidden = true;
  el<HTMLInputElement>("token")?.focus();
}

export function signInBusy(busy: boolean) {
  const button = el<HTMLButtonElement>("signin-button");
  if (button) button.disabled = busy;
}

export function readTokenInput(): string {
  return el<HTMLInputElement>("token")?.value.trim() ?? "";
}

export function clearTokenInput() {
  const input = el<HTMLInputElement>("token");
  if (input) input.value = "";
}

export function showSession(who: string, actions: ActionId[], onAction: (id: ActionId) => void) {
  const signin = el("signin");
  const session = el("session");
  const whoNode = el("who");
  const list = el("actions");
  if (signin) signin.hidden = true;
  if (session) session.hidden = false;
  if (whoNode) whoNode.textContent = who;
  if (!list) return;
  list.replaceChildren(
    ...actions.map((id) => {
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.action = id;
      button.append(ACTION_LABELS[id]);
      const hint = document.createElement("small");
      hint.textContent = ACTION_HINTS[id];
      button.append(hint);
      button.addEventListener("click", () => onAction(id));
      return button;
    }),
  );
}

/**
 * The 考评年度 chooser beside 刷新汇总: this year and last year, last year chosen in January (when
 * this year's assessment has barely begun and everyone asks for last year's result).
 */
export function showYearPicker(today: string, visible: boolean) {
  const picker = el("year-picker");
  const select = el<HTMLSelectElement>("summary-year");
  if (!picker || !select) return;
  picker.hidden = !visible;
  const year = Number(today.slice(0, 4));
  select.replaceChildren(
    ...[year, year - 1].map((y) => {
      const o = document.createElement("option");
      o.value = String(y);
      o.textContent = `${y}年`;
      return o;
    }),
  );
  select.value = String(today.slice(5, 7) === "01" ? year - 1 : year);
}

/** The year chosen for the summary, or undefined when the chooser is not shown. */
export function chosenYear(): number | undefined {
  const select = el<HTMLSelectElement>("summary-year");
  const picker = el("year-picker");
  return select && picker && !picker.hidden && select.value ? Number(select.value) : undefined;
}

export function actionsBusy(busy: boolean) {
  el("actions")?.querySelectorAll("button").forEach((b) => (b.disabled = busy));
  const year = el<HTMLSelectElement>("summary-year");
  if (year) year.disabled = busy;
  const signout = el<HTMLButtonElement>("signout");
  if (signout) signout.disabled = busy;
}

export function progress(text: string, fraction: number | null) {
  const box = el("progress");
  const bar = el<HTMLProgressElement>("progress-bar");
  const label = el("progress-text");
  if (box) box.hidden = false;
  if (bar) {
    if (fraction === null) bar.removeAttribute("value");
    else bar.value = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  }
  if (label) label.textContent = text;
}

export function hideProgress() {
  const box = el("progress");
  if (box) box.hidden = true;
}

export function log(text: string, tone: "info" | "error" | "warn" | "ok" = "info") {
  const list = el("log");
  if (!list) return;
  const item = document.createElement("li");
  item.textContent = text;
  if (tone !== "info") item.className = tone;
  list.prepend(item);
  while (list.children.length > 30) list.lastElementChild?.remove();
}

export function clearLog() {
  el("log")?.replaceChildren();
}

export function onClick(id: string, handler: () => void) {
  el(id)?.addEventListener("click", handler);
}

export function onSubmit(id: string, handler: () => void) {
  el<HTMLFormElement>(id)?.addEventListener("submit", (event) => {
    event.preventDefault();
    handler();
  });
}

/**
 * Shows a question with one button per choice (Office add-ins cannot use window.confirm) and resolves
 * with the id of the button pressed; `signal` aborting resolves with the last choice (cancel).
 */
export function ask(question: string, choices: { id: string; label: string }[], signal?: AbortSignal): Promise<string> {
  const box = el("ask");
  const text = el("ask-text");
  const buttons = el("ask-choices");
  if (!box || !text || !buttons || !choices.length) return Promise.resolve(choices.at(-1)?.id ?? "");
  text.textContent = question;
  return new Promise((resolve) => {
    const done = (id: string) => {
      box.hidden = true;
      buttons.replaceChildren();
      resolve(id);
    };
    buttons.replaceChildren(
      ...choices.map((c, i) => {
        const b = document.createElement("button");
        b.type = "button";
        b.textContent = c.label;
        if (i > 0) b.className = "secondary";
        b.addEventListener("click", () => done(c.id));
        return b;
      }),
    );
    box.hidden = false;
    signal?.addEventListener("abort", () => done(choices.at(-1)!.id), { once: true });
  });
}

/** The history of the selected row: a title and one item per change, or the reason there is none. */
type HistoryContent =
  | { ok: true; title: string; changes: { change: number; heading: string; fields: string[] }[]; restore: unknown }
  | { ok: false; message: string };

/**
 * Lists a row's changes. With `onRestore` (the office), each change but the latest carries a
 * 恢复到此版本 button that restores the row as it stood right after that change.
 */
export function showHistory(view: HistoryContent, onRestore?: (change: number) => void) {
  const result = el("history-result");
  const title = el("history-title");
  const list = el<HTMLOListElement>("history-list");
  if (!result || !title || !list) return;
  result.hidden = false;
  list.replaceChildren();
  if (!view.ok) {
    title.textContent = view.message;
    return;
  }
  title.textContent = view.title;
  view.changes.forEach((change, i) => {
    const item = document.createElement("li");
    const heading = document.createElement("strong");
    heading.textContent = change.heading;
    item.append(heading);
    for (const field of change.fields) {
      const line = document.createElement("span");
      line.textContent = field;
      item.append(line);
    }
    if (onRestore && view.restore && i < view.changes.length - 1) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "secondary history-restore";
      button.textContent = "恢复到此版本";
      button.dataset.change = String(change.change);
      button.addEventListener("click", () => onRestore(change.change));
      item.append(button);
    }
    list.append(item);
  });
}

/** A line under the history's title: what a restore did, or why it was refused. */
export function historyStatus(text: string) {
  const title = el("history-title");
  if (!title) return;
  let status = el("history-status");
  if (!status) {
    status = document.createElement("p");
    status.id = "history-status";
    status.setAttribute("role", "status");
    title.after(status);
  }
  status.textContent = text;
}

export function historyBusy(busy: boolean) {
  const b = el<HTMLButtonElement>("history-button");
  if (b) b.disabled = busy;
  for (const r of document.querySelectorAll<HTMLButtonElement>("#history-list .history-restore")) r.disabled = busy;
}

export function hideHistory() {
  const result = el("history-result");
  if (result) result.hidden = true;
}
