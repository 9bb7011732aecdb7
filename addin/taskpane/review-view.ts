/**
 * The pane's review box (审核办结): one settlement with its facts, a note and four buttons. DOM only;
 * every lookup is null-checked, as the pane may be closed while the runtime lives on.
 */
import type { ReviewAnswer, ReviewPrompt } from "../sync/review";

const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

function facts(p: ReviewPrompt): [string, string][] {
  const m = p.matter;
  return [
    ["牵头单位", m.lead],
    ["截止日期", m.deadline],
    ["办结日期", `${m.settled ?? ""}${m.onTime === false ? "（逾期）" : "（按期）"}`],
    ["办理结果", m.result ?? ""],
    ...(m.returns > 0 ? [["已退回", `${m.returns} 次`] as [string, string]] : []),
  ];
}

/**
 * Shows `p` and resolves with the office's answer; `signal` aborting resolves with "stop". The note
 * is kept as typed when the server refused it (shown in `p.error`), and cleared for the next matter.
 */
export function reviewPrompt(p: ReviewPrompt, signal?: AbortSignal): Promise<ReviewAnswer> {
  const box = el("review");
  const note = el<HTMLTextAreaElement>("review-note");
  const error = el("review-error");
  const list = el("review-facts");
  const title = el("review-title");
  if (!box || !note || !error || !list || !title) return Promise.resolve("stop");
  title.textContent = `待审核 ${p.position}：#${p.matter.id}「${p.matter.title}」`;
  list.replaceChildren(
    ...facts(p).flatMap(([k, v]) => {
      const dt = document.createElement("dt");
      dt.textContent = k;
      const dd = document.createElement("dd");
      dd.textContent = v;
      return [dt, dd];
    }),
  );
  if (p.error === undefined) note.value = "";
  error.textContent = p.error ?? "";
  error.hidden = p.error === undefined;
  box.hidden = false;
  return new Promise((resolve) => {
    const buttons: [string, () => ReviewAnswer][] = [
      ["review-pass", () => ({ decision: "通过", note: note.value })],
      ["review-return", () => ({ decision: "退回", note: note.value })],
      ["review-skip", () => "skip"],
      ["review-stop", () => "stop"],
    ];
    const cleanups: (() => void)[] = [];
    const done = (answer: ReviewAnswer) => {
      for (const c of cleanups) c();
      box.hidden = true;
      resolve(answer);
    };
    for (const [id, answer] of buttons) {
      const button = el<HTMLButtonElement>(id);
      if (!button) continue;
      const onClick = () => done(answer());
      button.addEventListener("click", onClick);
      cleanups.push(() => button.removeEventListener("click", onClick));
    }
    const onAbort = () => done("stop");
    signal?.addEventListener("abort", onAbort, { once: true });
    cleanups.push(() => signal?.removeEventListener("abort", onAbort));
  });
}
