/**
 * Task pane entry: UI events only. Waits for Office.js, says plainly when the page is not in
 * Excel, signs in with a token and runs the role's actions (addin/sync) with progress and cancel.
 */
// The custom functions run in this same page (shared runtime); addin/runtime.ts registers them and calls startPane().
import { ApiError, createClient, isAbort, type ApiClient } from "../api/client";
import type { MeWire } from "../../schema/contracts/me";
import { me as whoAmI, remindersWithAlerts as fetchReminders, restoreRow } from "../api/endpoints";
import { chinaToday } from "../../domain/calendar/china-today";
import { reminderGroups } from "../shared/reminder-groups";
import * as remindersView from "./reminders-view";
import { ACTION_LABELS, ACTIONS_BY_ROLE, describeCaller, type ActionId } from "../sync/actions";
import { clearToken, loadToken, saveToken } from "../sync/token-store";
import { runAction, type Line } from "../sync/run";
import * as view from "./view";
import { reviewPrompt } from "./review-view";
import { describeError } from "../shared/messages";
import { rowHistoryView, selectedRowHistory, type HistoryView } from "../sync/history";
import { showPeoplePanel, wirePeoplePanel } from "./people-panel";
import { showDraftsPanel, wireDraftsPanel } from "./drafts-panel";

const OFFICE_READY_TIMEOUT_MS = 15_000;

type Session = { api: ApiClient; me: MeWire };
let session: Session | null = null;
let running: AbortController | null = null;

type Host = { kind: "excel" } | { kind: "outside" } | { kind: "other"; host: string } | { kind: "missing" } | { kind: "timeout" };

async function detectHost(): Promise<Host> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return { kind: "missing" };
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS));
  const info = await Promise.race([Office.onReady(), timeout]);
  if (info === null) return { kind: "timeout" };
  if (!info.host) return { kind: "outside" };
  if (info.host !== Office.HostType.Excel) return { kind: "other", host: String(info.host) };
  return { kind: "excel" };
}

const HOST_MESSAGES: Record<Exclude<Host["kind"], "excel">, string> = {
  outside:
    "本页面是“府院联动台账”Excel 加载项的任务窗格，当前不在 Excel 中运行。请在 Excel 中加载本加载项后，从“开始”选项卡的“台账”按钮打开。",
  other: "本加载项只能在 Excel 中使用，请在 Excel 中打开。",
  missing:
    "无法加载 Office.js（Office 组件），加载项无法运行。若使用微软 CDN，可能被单位内网拦截，请联系管理员改为由本服务器提供（OFFICE_JS=local）。",
  timeout: "Office 组件长时间没有就绪。请关闭任务窗格后重新打开；若仍如此，请在 Excel 中重新加载加载项。",
};

async function signIn(token: string, remember: boolean) {
  const api = createClient(token);
  view.signInBusy(true);
  try {
    const me = await whoAmI(api);
    if (remember) await saveToken(token);
    session = { api, me };
    view.clearTokenInput();
    view.hideNotice();
    view.showSession(describeCaller(me), ACTIONS_BY_ROLE[me.role] ?? [], (id) => void act(id));
    view.showYearPicker(chinaToday(new Date()), (ACTIONS_BY_ROLE[me.role] ?? []).includes("refreshSummary"));
    void showPeoplePanel(me.role === "office" ? api : null);
    void showDraftsPanel(api, me);
    void loadReminders();
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) await clearToken();
    view.showSignIn();
    view.notice(err instanceof ApiError && err.status === 401 ? "令牌无效或已被吊销，请重新输入。" : describeError(err), "error");
  } finally {
    view.signInBusy(false);
  }
}

async function act(id: ActionId) {
  if (!session || running) return;
  const controller = new AbortController();
  running = controller;
  view.actionsBusy(true);
  view.progress(`${ACTION_LABELS[id]}：开始……`, null);
  const lines: Line[] = [];
  try {
    lines.push(
      ...(await runAction(id, {
        api: session.api,
        me: session.me,
        signal: controller.signal,
        year: view.chosenYear(),
        progress: (text, fraction) => view.progress(`${ACTION_LABELS[id]}：${text}`, fraction),
        ask: (question, choices) => view.ask(question, choices, controller.signal),
        review: (prompt) => reviewPrompt(prompt, controller.signal),
      })),
    );
  } catch (err) {
    if (isAbort(err)) lines.push({ text: `${ACTION_LABELS[id]}已取消，已写入的内容保留，可重新执行。`, tone: "warn" });
    else lines.push({ text: `${ACTION_LABELS[id]}失败：${describeError(err)}`, tone: "error" });
  } finally {
    running = null;
    view.actionsBusy(false);
    view.hideProgress();
  }
  const time = new Date().toLocaleTimeString("zh-CN", { hour12: false });
  lines.unshift({ text: `【${ACTION_LABELS[id]}】${time}`, tone: "info" });
  for (const line of lines.reverse()) view.log(line.text, line.tone);
}

/** 查看历史: reads the selected row and lists its changes; a refusal (404: not the caller's to see) shows as text. */
async function showHistory() {
  if (!session) return;
  view.historyBusy(true);
  try {
    drawHistory(await selectedRowHistory(session.api, session.me.role === "office"));
  } catch (err) {
    view.showHistory({ ok: false, message: `查看历史失败：${describeError(err)}` });
  } finally {
    view.historyBusy(false);
  }
}

/** Draws a history; the office's carries restore buttons for the row it is of. */
function drawHistory(h: HistoryView) {
  const target = h.ok ? h.restore : null;
  view.showHistory(h, target ? (change) => void restoreFromHistory(target, change) : undefined);
}

/**
 * 恢复到此版本 (the office): restores the row as it stood right after `change`, as a new change,
 * then lists the history again with the restore at its end. A refusal (409: someone changed the
 * row meanwhile; a closed matter) is said under the title.
 */
async function restoreFromHistory(target: { sheet: "matters" | "reports"; id: number; version: number }, change: number) {
  const asked = session;
  if (!asked) return;
  view.historyBusy(true);
  try {
    await restoreRow(asked.api, target.sheet, target.id, { version: target.version, change });
    if (session !== asked) return;
    drawHistory(await rowHistoryView(asked.api, target.sheet, target.id, true));
    view.historyStatus(`已恢复到修改记录 ${change} 之后的版本；请拉取台账以更新表格。`);
  } catch (err) {
    if (session === asked) view.historyStatus(`恢复失败：${describeError(err)}`);
  } finally {
    view.historyBusy(false);
  }
}

/**
 * The 催办 list: the office and leaders see today's (China time) by level; a unit sees its own
 * open ones (the latest reminder of each matter it still has open).
 */
async function loadReminders() {
  const asked = session;
  if (!asked) return;
  const unit = asked.me.role === "unit";
  const heading = unit ? "本单位待办催办" : `今日催办（${chinaToday(new Date())}）`;
  // A reply that arrives after sign-out (or after another sign-in) belongs to a session that has
  // ended: drawing it would show the previous caller's list under the new caller's name.
  const show = (content: Parameters<typeof remindersView.showReminders>[1], alerts: Parameters<typeof remindersView.showReminders>[2] = []) => {
    if (session === asked) remindersView.showReminders(heading, content, alerts);
  };
  try {
    // The office's list also carries 会议提醒: a year whose 联席会议 is past its due day and not held.
    const { reminders: rows, meetingAlerts } = await fetchReminders(asked.api, unit ? { open: "true" } : { on: chinaToday(new Date()) });
    const groups = reminderGroups(rows);
    show(groups.length ? groups : unit ? "本单位目前没有待办的催办。" : "今日没有催办。", meetingAlerts);
  } catch (err) {
    show(`催办读取失败：${describeError(err)}`);
  }
}

async function signOut() {
  running?.abort();
  session = null;
  void showPeoplePanel(null);
  void showDraftsPanel(null, null);
  remindersView.hideReminders();
  await clearToken();
  view.clearLog();
  view.hideHistory();
  view.showSignIn();
  view.notice("已退出登录，令牌已从本机清除。", "ok");
}

/** Starts the pane once Office.js is ready (or says why it cannot run). */
export async function startPane(): Promise<void> {
  const host = await detectHost();
  if (host.kind !== "excel") {
    view.notice(HOST_MESSAGES[host.kind], "error");
    return;
  }
  view.onSubmit("signin-form", () => {
    const token = view.readTokenInput();
    if (token) void signIn(token, true);
  });
  view.onClick("signout", () => void signOut());
  view.onClick("history-button", () => void showHistory());
  wirePeoplePanel();
  wireDraftsPanel();
  view.onClick("reminders-refresh", () => void loadReminders());
  view.onClick("cancel", () => {
    running?.abort();
    view.progress("正在取消……", null);
  });
  const saved = await loadToken();
  if (saved) {
    view.notice("正在使用已保存的令牌登录……");
    await signIn(saved, false);
  } else {
    view.hideNotice();
    view.showSignIn();
  }
}
