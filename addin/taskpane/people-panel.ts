/**
 * The office's 人员与令牌 panel: pick a person, issue a token (its secret shown once, with a copy
 * button) and revoke any of the person's tokens. Every lookup is null-checked, as in view.ts.
 */
import type { ApiClient } from "../api/client";
import type { PersonTokenWire, PersonWire } from "../../schema/contracts/people";
import * as endpoints from "../api/endpoints";
import { describeError } from "../shared/messages";

const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

let api: ApiClient | null = null;

/** How the list names a person: unit, post and name (a post with no name yet says so). */
export const personOption = (p: PersonWire) => [p.unit ?? "", p.post, p.name ?? "（未填姓名）"].filter(Boolean).join(" · ");

function status(text: string, tone: "info" | "ok" | "error" = "info") {
  const node = el("people-status");
  if (!node) return;
  node.textContent = text;
  node.className = `people-status ${tone}`;
}

const day = (ms: number) => new Date(ms).toLocaleDateString("zh-CN");

function tokenItem(t: PersonTokenWire): HTMLLIElement {
  const li = document.createElement("li");
  li.dataset.token = String(t.id);
  const text = document.createElement("span");
  text.textContent = `令牌 #${t.id}${t.label ? `（${t.label}）` : ""} · 签发于 ${day(t.createdAt)}` + (t.revokedAt ? ` · 已于 ${day(t.revokedAt)} 吊销` : "");
  li.append(text);
  if (!t.revokedAt) {
    const revoke = document.createElement("button");
    revoke.type = "button";
    revoke.className = "secondary";
    revoke.textContent = "吊销";
    revoke.addEventListener("click", () => void revokeOne(t.id));
    li.append(revoke);
  } else {
    li.className = "revoked";
  }
  return li;
}

const selected = (): number | null => {
  const v = el<HTMLSelectElement>("person-select")?.value;
  return v ? Number(v) : null;
};

async function showTokens() {
  const list = el("person-tokens");
  const person = selected();
  if (!api || !list || person === null) return;
  const tokens = await endpoints.personTokens(api, person);
  list.replaceChildren(...tokens.map(tokenItem));
  if (tokens.length === 0) {
    const none = document.createElement("li");
    none.textContent = "此人尚无令牌";
    list.append(none);
  }
}

async function issue() {
  const person = selected();
  if (!api || person === null) return;
  const button = el<HTMLButtonElement>("issue-token");
  if (button) button.disabled = true;
  try {
    const issued = await endpoints.issueToken(api, person, undefined);
    const box = el("issued");
    const secret = el<HTMLInputElement>("issued-secret");
    if (secret) secret.value = issued.secret;
    if (box) box.hidden = false;
    status(`已签发令牌 #${issued.id}。令牌只显示这一次，请复制后交给本人。`, "ok");
    await showTokens();
  } catch (err) {
    status(`签发失败：${describeError(err)}`, "error");
  } finally {
    if (button) button.disabled = false;
  }
}

async function revokeOne(id: number) {
  if (!api) return;
  try {
    await endpoints.revokeToken(api, id);
    status(`令牌 #${id} 已吊销，立即失效。`, "ok");
    await showTokens();
  } catch (err) {
    status(`吊销失败：${describeError(err)}`, "error");
  }
}

async function copySecret() {
  const secret = el<HTMLInputElement>("issued-secret");
  if (!secret?.value) return;
  try {
    await navigator.clipboard.writeText(secret.value);
  } catch {
    // Some hosts refuse the clipboard API; selecting and copying works there.
    secret.select();
    document.execCommand("copy");
  }
  status("令牌已复制到剪贴板。", "ok");
}

/** Shows the panel for the office (hides it for everyone else) and loads the people. */
export async function showPeoplePanel(client: ApiClient | null) {
  const panel = el("people-panel");
  api = client;
  if (!panel) return;
  panel.hidden = client === null;
  const box = el("issued");
  if (box) box.hidden = true;
  if (!client) return;
  const select = el<HTMLSelectElement>("person-select");
  try {
    const people = (await endpoints.people(client)).filter((p) => p.current);
    if (api !== client) return; // signed out (or in as someone else) while the list was loading
    select?.replaceChildren(
      ...people.map((p) => {
        const o = document.createElement("option");
        o.value = String(p.id);
        o.textContent = personOption(p);
        return o;
      }),
    );
    status(`共 ${people.length} 人；选择人员后可签发或吊销其令牌。`);
    await showTokens();
  } catch (err) {
    if (api !== client) return;
    status(`无法加载人员：${describeError(err)}`, "error");
  }
}

/** Wires the panel's controls once, when the pane starts. */
export function wirePeoplePanel() {
  el("person-select")?.addEventListener("change", () => {
    const box = el("issued");
    if (box) box.hidden = true;
    void showTokens().catch((err: unknown) => status(describeError(err), "error"));
  });
  el("issue-token")?.addEventListener("click", () => void issue());
  el("copy-secret")?.addEventListener("click", () => void copySecret());
}
