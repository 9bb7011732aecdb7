/** 查看历史: the changes of the row selected on 督办事项 or 进展报送, as Chinese lines for the pane. */
import type { HistoryEntryWire, HistoryWire } from "../../schema/contracts/history";
import type { ApiClient } from "../api/client";
import { rowHistory } from "../api/endpoints";
import { selectedRow } from "../workbook";
import { inExcel } from "./context";

/** One change as the pane lists it: a heading line and one line per field it changed. */
export type ChangeView = { change: number; heading: string; fields: string[] };

/**
 * A row's history as the pane shows it. `restore` is set for the office: the row and its current
 * version, to restore an earlier version from (each change but the latest, which is the row now).
 */
export type HistoryView =
  | { ok: true; title: string; changes: ChangeView[]; restore: { sheet: "matters" | "reports"; id: number; version: number } | null }
  | { ok: false; message: string };

const FIELD_LABELS: Readonly<Record<string, string>> = {
  title: "事项名称",
  task: "任务序号",
  taskNo: "任务序号",
  source: "来源",
  sourceRef: "来源文号",
  lead: "牵头单位",
  co: "协办单位",
  assigned: "交办日期",
  days: "时限（工作日）",
  deadline: "截止日期",
  originalDeadline: "原截止日期",
  provisional: "截止日期暂定",
  overdueSince: "逾期起始日",
  status: "状态",
  settled: "办结日期",
  result: "办理结果",
  onTime: "按期办结",
  contribution: "协办情况",
  contributions: "协办情况",
  reason: "理由",
  decisionNote: "审批意见",
  newDeadline: "延期后截止日期",
  extensions: "延期申请",
  unit: "单位",
  period: "报送期次",
  progress: "工作进展",
  problems: "存在问题",
  plan: "下步计划",
  submittedOn: "报送日期",
  restoredFrom: "恢复自修改记录",
};

/** Bookkeeping a reader does not need to see change by change. */
const HIDDEN = new Set(["id", "version", "unitId", "leadUnitId", "matterId", "decidedAt", "extension", "previousDeadline"]);

function shown(v: unknown): string {
  if (v === null || v === undefined || v === "") return "（空）";
  if (typeof v === "boolean") return v ? "是" : "否";
  if (Array.isArray(v)) return v.length ? v.join("、") : "（无）";
  if (typeof v === "object") return Object.entries(v as Record<string, unknown>).map(([k, x]) => `${k}：${shown(x)}`).join("；") || "（无）";
  if (typeof v === "number") return String(v);
  return typeof v === "string" ? v : JSON.stringify(v);
}

const asObject = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** "2026-05-08 14:03" in China time, as the ledger's days are. */
function chinaTime(ms: number): string {
  const d = new Date(ms + 8 * 3600_000).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 16)}`;
}

/** One change: when, who, what; then each field it set, with its value before when the log has one. */
export function describeChange(e: HistoryEntryWire): ChangeView {
  // The worker's label already names the person with unit and post ("张三（县财政局 执行员）").
  const who = e.actor;
  const version = e.version === null ? "" : `，版本 ${e.version}`;
  const before = asObject(e.before);
  const after = asObject(e.after);
  const fields = Object.keys(after)
    .filter((k) => !HIDDEN.has(k) && !(k === "unit" && "contribution" in after))
    .filter((k) => !(k in before) || JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => {
      const label = FIELD_LABELS[k] ?? k;
      const unit = k === "contribution" && typeof after.unit === "string" ? `（${after.unit}）` : "";
      return k in before ? `${label}${unit}：${shown(before[k])} → ${shown(after[k])}` : `${label}${unit}：${shown(after[k])}`;
    });
  return { change: e.change, heading: `${chinaTime(e.at)} ${who} ${e.actionLabel}（修改记录 ${e.change}${version}）`, fields };
}

/** The row's version now: the last one a change recorded (bookkeeping such as 标记逾期 records none). */
const currentVersion = (h: HistoryWire): number | null => h.changes.reduce<number | null>((v, c) => c.version ?? v, null);

export function describeHistory(sheet: "matters" | "reports", h: HistoryWire, mayRestore = false): HistoryView {
  const what = sheet === "matters" ? `督办事项 ${h.id}` : `进展报送 ${h.id}`;
  const version = currentVersion(h);
  const restore = mayRestore && version !== null ? { sheet, id: h.id, version } : null;
  return { ok: true, title: `${what}：共 ${h.changes.length} 条修改记录（按时间先后）`, changes: h.changes.map(describeChange), restore };
}

/** Reads the selected row (Office.js) and asks the server for its history. */
export async function selectedRowHistory(api: ApiClient, mayRestore: boolean, signal?: AbortSignal): Promise<HistoryView> {
  const row = await inExcel((context) => selectedRow(context));
  if (!row.ok) return row;
  return rowHistoryView(api, row.sheet, row.id, mayRestore, signal);
}

/** The history of one row, read again from the server (after a restore, say). */
export async function rowHistoryView(api: ApiClient, sheet: "matters" | "reports", id: number, mayRestore: boolean, signal?: AbortSignal): Promise<HistoryView> {
  return describeHistory(sheet, await rowHistory(api, sheet, id, { signal }), mayRestore);
}
