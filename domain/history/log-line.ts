import { readActor } from "../people/actor";

/** One change-log line as the history reads it (the log's own columns, `at` in epoch ms). */
export interface LogLine {
  id: number;
  at: number;
  actor: string;
  action: string;
  before: unknown;
  after: unknown;
}

const actionLabels: Readonly<Record<string, string>> = {
  insert: "新建",
  update: "修改",
  settle: "办结",
  contribute: "填写协办情况",
  extension_request: "申请延期",
  extension_approve: "批准延期",
  extension_refuse: "驳回延期",
  recompute: "重算期限（节假日安排变更）",
  overdue: "标记逾期",
  restore: "恢复历史版本",
  correct: "更正事项",
  review_pass: "审核通过",
  review_return: "审核退回",
  reopen: "重新打开",
  cancel: "撤销事项",
  extension_withdraw: "撤回延期申请",
};

/** The Chinese name of a log action; an action this list does not know yet shows as written. */
export const actionLabel = (action: string): string => actionLabels[action] ?? action;

const fixedActors: Readonly<Record<string, { unit: string | null; label: string }>> = {
  office: { unit: "办公室", label: "办公室" },
  leader: { unit: null, label: "召集人/副召集人" },
  "system:cron": { unit: null, label: "系统（每日任务）" },
  "admin-cli": { unit: null, label: "管理工具" },
};

/** Who made a change as the history shows it: the person (id and name) when the log names one, the unit, a Chinese label. */
export interface ActorParts {
  person: { id: number; name: string } | null;
  unit: string | null;
  label: string;
}

/**
 * Who made a change, read from the log's `actor` through the one reader of that format
 * (`readActor`: "office", "leader", "unit:<name>", "system:cron", "admin-cli", each optionally
 * followed by "/<person>#<id>"): the unit (a unit's own name; the office's changes are the
 * office's), the person, and a Chinese label. `post`, when the caller knows the person's post,
 * goes into the label ("张三（县财政局 执行员）").
 */
export function actorParts(actor: string, post: string | null = null): ActorParts {
  const read = readActor(actor);
  const base = read.person ? actor.slice(0, actor.lastIndexOf("/")) : actor;
  const { unit, label } = read.role === "unit" && read.unit !== null ? { unit: read.unit, label: read.unit } : (fixedActors[base] ?? { unit: null, label: base });
  if (!read.person) return { person: null, unit, label };
  const where = [...(unit !== null ? [unit] : []), ...(post && post !== unit ? [post] : [])];
  if (where.length === 0) where.push(label);
  return { person: read.person, unit, label: `${read.person.name}（${where.join(" ")}）` };
}

/** The row's version after a change, when the line records one. */
export function versionAfter(line: LogLine): number | null {
  const after = line.after;
  if (after && typeof after === "object" && "version" in after && typeof after.version === "number") return after.version;
  return null;
}
