/**
 * DOM of the 当前行 panel (the office's work on the selected row). Every lookup is null-checked: the
 * pane may be closed while the shared runtime lives on.
 */
import type { MatterWire } from "../../schema/contracts/matters";
import type { MatterRow, UnitRow } from "../sync/row-work";

const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
const setText = (id: string, text: string) => {
  const node = el(id);
  if (node) node.textContent = text;
};
const setValue = (id: string, value: string) => {
  const node = el<HTMLInputElement | HTMLTextAreaElement>(id);
  if (node) node.value = value;
};
export const valueOf = (id: string): string => el<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(id)?.value ?? "";

export function showPanel(visible: boolean) {
  const panel = el("row-panel");
  if (panel) panel.hidden = !visible;
  if (!visible) {
    for (const id of ["row-matter", "row-unit", "row-status", "notice-box"]) {
      const node = el(id);
      if (node) node.hidden = true;
    }
  }
}

export function status(text: string, tone: "info" | "ok" | "error" = "info") {
  const node = el("row-status");
  if (!node) return;
  node.textContent = text;
  node.className = tone === "info" ? "row-status" : `row-status ${tone}`;
  node.hidden = false;
}

export function busy(on: boolean) {
  el("row-panel")?.querySelectorAll("button").forEach((b) => (b.disabled = on));
}

function show(which: "matter" | "unit" | null) {
  const matter = el("row-matter");
  const unit = el("row-unit");
  if (matter) matter.hidden = which !== "matter";
  if (unit) unit.hidden = which !== "unit";
}

export const hideRow = () => show(null);

const day = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

/** A pending request with a note box and 批准 / 驳回; a decided one as a line. */
function extensionItem(e: MatterWire["extensions"][number], onDecide: (ext: number, decision: "批准" | "驳回", note: string) => void): HTMLLIElement {
  const li = document.createElement("li");
  li.dataset.extension = String(e.id);
  const head = document.createElement("div");
  head.textContent = `申请 #${e.id}（${day(e.requestedAt)}）：延期 ${e.days} 个工作日，原截止 ${e.previousDeadline}。理由：${e.reason}`;
  li.append(head);
  if (e.status !== "待审批") {
    li.className = "decided";
    const tail = e.newDeadline ? `，截止日期改为 ${e.newDeadline}` : "";
    head.textContent += `（${e.status}${tail}${e.decisionNote ? `；意见：${e.decisionNote}` : ""}）`;
    return li;
  }
  const note = document.createElement("textarea");
  note.rows = 2;
  note.placeholder = "审批意见（驳回时必填）";
  note.setAttribute("aria-label", `申请 #${e.id} 的审批意见`);
  const buttons = document.createElement("div");
  buttons.className = "ask-choices";
  for (const decision of ["批准", "驳回"] as const) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = decision;
    b.dataset.decision = decision;
    if (decision === "驳回") b.className = "secondary";
    b.addEventListener("click", () => onDecide(e.id, decision, note.value));
    buttons.append(b);
  }
  li.append(note, buttons);
  return li;
}

/** Draws a matter; `keepForm` (after a refusal) leaves what was typed into 更正 and 撤销 as it was. */
export function drawMatter(row: MatterRow, onDecide: (ext: number, decision: "批准" | "驳回", note: string) => void, keepForm = false) {
  const m = row.matter;
  show("matter");
  setText("row-matter-title", `督办事项 #${m.id}「${m.title}」`);
  const stale = row.sheetVersion !== null && row.sheetVersion !== m.version ? `\n表中为版本 ${row.sheetVersion}，服务器已是版本 ${m.version}：请先拉取台账再办理。` : "";
  setText("row-matter-facts", `${m.status} · ${m.state} · 牵头 ${m.lead}${m.co.length ? ` · 协办 ${m.co.join("、")}` : ""}\n交办 ${m.assigned}，时限 ${m.days} 个工作日，截止 ${m.deadline}${stale}`);
  const list = el("row-extensions");
  if (list) {
    list.replaceChildren(...m.extensions.map((e) => extensionItem(e, onDecide)));
    if (!m.extensions.length) {
      const none = document.createElement("li");
      none.className = "decided";
      none.textContent = "没有延期申请。";
      list.append(none);
    }
  }
  setText("correct-version", `按表中版本 ${row.version} 提交；交办日期不能更正（${m.assigned}）。`);
  if (keepForm) return;
  setValue("correct-title", m.title);
  setValue("correct-source-ref", m.sourceRef ?? "");
  setValue("correct-lead", m.lead);
  setValue("correct-co", m.co.join("、"));
  setValue("correct-days", String(m.days));
  setValue("correct-reason", "");
  setValue("cancel-reason", "");
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** Draws a unit; `keepForm` (after a refusal) leaves the typed reason and date as they were. */
export function drawUnit(row: UnitRow, today: string, keepForm = false) {
  show("unit");
  setText("row-unit-title", `${row.unit}（${row.sheet === "units" ? "成员单位" : "考评汇总"}）`);
  const e = row.entry;
  const score = !e ? "不在本年度考评单位中" : e.score === null ? `暂无得分（${e.grade}）` : `${e.score.toFixed(1)} 分，${e.grade}${e.rank ? `，第 ${e.rank} 名` : ""}`;
  const recorded = e?.adjustments.length ? `\n已记录：${e.adjustments.map((a) => `${a.date} ${a.kind}（${signed(a.points)}）`).join("；")}` : "";
  setText("row-unit-score", `${row.year} 年：${score}${recorded}`);
  const select = el<HTMLSelectElement>("adjust-kind");
  if (select) {
    const kept = select.value;
    select.replaceChildren(
      ...row.rules.map((r) => {
        const o = document.createElement("option");
        o.value = r.kind;
        o.textContent = r.kind;
        o.dataset.points = r.points === null ? "" : String(r.points);
        o.dataset.cap = r.cap === null ? "" : String(r.cap);
        return o;
      }),
    );
    if (row.rules.some((r) => r.kind === kept)) select.value = kept;
  }
  showPoints();
  if (keepForm) return;
  setValue("adjust-reason", "");
  setValue("adjust-date", today);
}

/** The points the chosen kind carries under the year's scheme (一票否决 has none: it fails the unit). */
export function showPoints() {
  const select = el<HTMLSelectElement>("adjust-kind");
  const option = select?.selectedOptions[0];
  if (!option) return setText("adjust-points", "");
  const { points, cap } = option.dataset;
  const capped = cap ? `，全年合计不超过 ${cap} 分` : "";
  setText("adjust-points", points ? `按考评方案每次 ${signed(Number(points))} 分${capped}` : "一票否决：不计分，等次定为最低，排名列最后");
}

export function drawNotice(title: string, text: string) {
  const box = el("notice-box");
  if (box) box.hidden = false;
  setText("notice-title", title);
  setValue("notice-text", text);
}

/** Copies the 通报 text; hosts that refuse the clipboard API copy the selected text. */
export async function copyNotice(): Promise<boolean> {
  const area = el<HTMLTextAreaElement>("notice-text");
  if (!area?.value) return false;
  try {
    await navigator.clipboard.writeText(area.value);
  } catch {
    area.select();
    document.execCommand("copy");
  }
  return true;
}
