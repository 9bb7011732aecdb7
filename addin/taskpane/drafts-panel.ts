/**
 * A unit's 本单位草稿 panel (签批): the unit's drafts not yet submitted, each with 报送 for whoever
 * may submit it (the 联络员; anyone of the unit when sign-off is off) and 删除 for them and for
 * its author. The worker decides in the end; the buttons only leave out what it would refuse.
 * Every lookup is null-checked, as in view.ts.
 */
import type { ApiClient } from "../api/client";
import type { DraftWire } from "../../schema/contracts/drafts";
import type { MeWire } from "../../schema/contracts/me";
import * as endpoints from "../api/endpoints";
import { describeError } from "../shared/messages";

const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

let session: { api: ApiClient; me: MeWire } | null = null;

function status(text: string, tone: "info" | "ok" | "error" = "info") {
  const node = el("drafts-status");
  if (!node) return;
  node.textContent = text;
  node.className = `people-status ${tone}`;
}

const text = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : "");

/** What a draft carries, in one line: its kind, what it is for, and its text. */
export function describeDraft(d: DraftWire): string {
  const b = d.body;
  if (d.kind === "进展报送") return `进展报送 · 第${text(b.task)}项 ${text(b.period)}：${text(b.progress)}`;
  if (d.kind === "办结") return `办结 · 事项 ${d.matter ?? ""}（办结日期 ${text(b.settled)}）：${text(b.result)}`;
  return `协办情况 · 事项 ${d.matter ?? ""}：${text(b.contribution)}`;
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "secondary";
  b.textContent = label;
  b.addEventListener("click", onClick);
  return b;
}

function draftItem(d: DraftWire, maySubmit: boolean, me: MeWire): HTMLLIElement {
  const li = document.createElement("li");
  li.dataset.draft = String(d.id);
  const what = document.createElement("span");
  what.textContent = describeDraft(d);
  const who = document.createElement("small");
  who.textContent = `草稿 #${d.id} · 填写人：${d.author ?? "（未记名）"} · 保存于 ${new Date(d.createdAt).toLocaleDateString("zh-CN")}`;
  li.append(what, who);
  if (maySubmit) li.append(button("报送", () => void act(d, "submit")));
  if (maySubmit || (me.personId !== null && d.authorId === me.personId)) li.append(button("删除", () => void act(d, "delete")));
  return li;
}

async function act(d: DraftWire, what: "submit" | "delete") {
  const now = session;
  if (!now) return;
  const word = what === "submit" ? "报送" : "删除";
  try {
    if (what === "submit") await endpoints.submitDraft(now.api, d.id, d.version);
    else await endpoints.deleteDraft(now.api, d.id);
    await loadDrafts();
    status(what === "submit" ? `已报送草稿 #${d.id}；请拉取本单位数据以更新表格。` : `已删除草稿 #${d.id}。`, "ok");
  } catch (err) {
    status(`${word}失败：${describeError(err)}`, "error");
  }
}

async function loadDrafts() {
  const now = session;
  const list = el("drafts-list");
  if (!now || !list) return;
  const [drafts, signOffOn] = await Promise.all([endpoints.openDrafts(now.api), endpoints.signOff(now.api)]);
  if (session !== now) return; // signed out (or in as someone else) meanwhile
  const maySubmit = now.me.post !== "执行员" || !signOffOn;
  list.replaceChildren(...drafts.map((d) => draftItem(d, maySubmit, now.me)));
  status(drafts.length === 0 ? "本单位目前没有待报送的草稿。" : `共 ${drafts.length} 份草稿待报送${maySubmit ? "" : "，由本单位联络员报送"}。`);
}

/** Shows the panel for a unit (hides it for everyone else) and loads its drafts. */
export async function showDraftsPanel(client: ApiClient | null, me: MeWire | null) {
  const panel = el("drafts");
  session = client && me?.role === "unit" ? { api: client, me } : null;
  if (!panel) return;
  panel.hidden = session === null;
  if (!session) return;
  try {
    await loadDrafts();
  } catch (err) {
    status(`无法加载草稿：${describeError(err)}`, "error");
  }
}

/** Wires the panel's refresh once, when the pane starts. */
export function wireDraftsPanel() {
  el("drafts-refresh")?.addEventListener("click", () => void loadDrafts().catch((err: unknown) => status(`无法加载草稿：${describeError(err)}`, "error")));
}
