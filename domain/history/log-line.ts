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

/**
 * Who made a change, read from the log's `actor` ("office", "leader", "unit:<name>",
 * "system:cron", "admin-cli"): the unit (a unit's own name; the office's changes are the
 * office's) and a Chinese label.
 *
 * `person` is the seam for the people part: the log names only roles and units today, so it is
 * null; once the actor names a person (`person:<id>:<name>@<actor>`), it is filled from there.
 */
export function actorParts(actor: string): { person: string | null; unit: string | null; label: string } {
  const named = /^person:\d+:([^@]+)@(.+)$/.exec(actor);
  if (named) {
    const rest = actorParts(named[2]!);
    return { ...rest, person: named[1]!, label: `${named[1]}（${rest.label}）` };
  }
  if (actor.startsWith("unit:")) {
    const unit = actor.slice("unit:".length);
    return { person: null, unit, label: unit };
  }
  const fixed: Record<string, { unit: string | null; label: string }> = {
    office: { unit: "办公室", label: "办公室" },
    leader: { unit: null, label: "召集人/副召集人" },
    "system:cron": { unit: null, label: "系统（每日任务）" },
    "admin-cli": { unit: null, label: "管理工具" },
  };
  return { person: null, ...(fixed[actor] ?? { unit: null, label: actor }) };
}

/** The row's version after a change, when the line records one. */
export function versionAfter(line: LogLine): number | null {
  const after = line.after;
  if (after && typeof after === "object" && "version" in after && typeof after.version === "number") return after.version;
  return null;
}
