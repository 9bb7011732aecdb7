/**
 * Push of 专班 and 专班工作记录, one request per changed row. On 专班 a new row sets up a task force
 * (POST /api/v1/taskforces: 名称, 服务案件或事项, 服务事项编号, 组长 and 成员 resolved to people, see
 * taskforce-members.ts); 状态 turned to 已结束 ends one (POST …/end with the version read and
 * 结束说明). A task force's name, purpose and members are not changed in the sheet (the API has no
 * such write): such edits are refused in place. On 专班工作记录 a new row adds a meeting or action to
 * the task force named in 专班 (POST …/log); an entry is kept as written, never edited.
 */
import type { PersonWire } from "../../schema/contracts/people";
import type { TaskforceWire } from "../../schema/contracts/taskforces";
import * as endpoints from "../api/endpoints";
import type { ApiError } from "../api/client";
import { comparable } from "../workbook/cells";
import { layoutOf } from "../workbook/layouts";
import type { Refusal } from "../workbook/types";
import type { Row } from "./snapshot";
import type { SyncContext } from "./context";
import type { PushOutcome, SheetRow } from "./push-reports";
import { stopAt } from "./push-reports";
import { isCellRefusal, isConflict, refusalsOf } from "./refusals";
import { taskforceMembers } from "./taskforce-members";

const blank = (v: unknown) => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);
const typed = (v: unknown) => (blank(v) ? "" : v);
const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
const differs = (key: string, column: string, a: Row, b: Row) => {
  const c = layoutOf(key).columns.find((x) => x.key === column)!;
  return comparable(c, a[column]) !== comparable(c, b[column]);
};

/** A row refused by the add-in before sending (a member or a task force it cannot find). */
class LocalRefusal extends Error {
  constructor(readonly local: { column: string; message: string }[]) {
    super(local.map((l) => l.message).join("；"));
  }
}

type Send = () => Promise<unknown>;
/** One row's request, or why it is refused; `column` maps a refusal's wire column onto the sheet. */
type RowRequest = { send: Send; column: (wire: string, row: number | null) => string } | { refuse: Omit<Refusal, "rowKey">[] };

const refused = (column: string, message: string, kind: Refusal["kind"] = "refused"): RowRequest => ({ refuse: [{ column, message, kind }] });

/** The sheet column of a refusal of a new task force: a member's (by its place, 组长 first), else as named. */
function newTaskforceColumn(leaders: number) {
  return (wire: string, row: number | null) => {
    if (wire === "person" && row !== null) return row - 1 < leaders ? "leaders" : "members";
    if (wire.startsWith("members.") && row !== null) return row < leaders ? "leaders" : "members";
    return wire === "members" ? "members" : wire;
  };
}

function taskforceRequest(ctx: SyncContext, row: Row, old: Row | undefined, people: () => Promise<PersonWire[]>): RowRequest {
  const o = { signal: ctx.signal };
  if (!old) {
    if (row.status === "已结束") return refused("status", "新设专班的状态为运行中，结束时再改为已结束", "invalid");
    return {
      column: newTaskforceColumn(list(row.leaders).length),
      send: async () => {
        const { members, refusals } = taskforceMembers(list(row.leaders), list(row.members), await people());
        if (refusals.length) throw new LocalRefusal(refusals);
        const body: Record<string, unknown> = { name: typed(row.name), serves: typed(row.serves), members };
        if (!blank(row.matter)) body.matter = row.matter;
        return endpoints.createTaskforce(ctx.api, body, o);
      },
    };
  }
  const fixed = ["name", "serves", "matter", "leaders", "members"].filter((k) => differs("taskforces", k, row, old));
  if (fixed.length) return { refuse: fixed.map((column) => ({ column, message: "专班成立后名称、服务对象和成员不能在表中修改", kind: "refused" as const })) };
  if (old.status === "已结束") return refused(differs("taskforces", "status", row, old) ? "status" : "endNote", "专班已结束，不能再修改");
  if (row.status !== "已结束") {
    return differs("taskforces", "status", row, old) ? refused("status", "状态只能由运行中改为已结束", "invalid") : refused("endNote", "结束说明请在把状态改为已结束时一并填写", "invalid");
  }
  const body: { version: number; note?: string } = { version: old.version as number };
  if (!blank(row.endNote)) body.note = String(row.endNote);
  return { column: (wire) => (wire === "note" ? "endNote" : wire === "version" ? "status" : wire), send: () => endpoints.endTaskforce(ctx.api, old.id as number, body, o) };
}

function logRequest(ctx: SyncContext, row: Row, old: Row | undefined, forces: () => Promise<TaskforceWire[]>): RowRequest {
  if (old) return refused("text", "工作记录提交后不能在表中修改；如有更正请另起一行记录");
  return {
    column: (wire) => (wire === "status" ? "taskforce" : wire),
    send: async () => {
      const name = String(typed(row.taskforce)).trim();
      const t = (await forces()).find((f) => f.name === name || String(f.id) === name);
      if (!t) throw new LocalRefusal([{ column: "taskforce", message: name ? `没有名为“${name}”的专班` : "请选择专班" }]);
      return endpoints.logTaskforce(ctx.api, t.id, { date: typed(row.date), kind: typed(row.kind), text: typed(row.text) }, { signal: ctx.signal });
    },
  };
}


/** Sends the rows one by one; a refusal keeps its row as typed, an outage stops the loop. */
async function pushRows(ctx: SyncContext, changed: SheetRow[], noun: string, request: (row: Row) => RowRequest): Promise<PushOutcome> {
  const outcome: PushOutcome = { saved: 0, refusals: [], conflicts: [], keepLocal: [], unsent: 0 };
  for (const [n, { index, row }] of changed.entries()) {
    const r = request(row);
    const refuse = (list: Omit<Refusal, "rowKey">[]) => {
      outcome.refusals.push(...list.map((x) => ({ ...x, rowKey: index })));
      outcome.keepLocal.push(index);
    };
    if ("refuse" in r) {
      refuse(r.refuse);
      continue;
    }
    try {
      ctx.signal.throwIfAborted();
      ctx.progress(`提交${noun} ${n + 1}/${changed.length}`, n / changed.length);
      await r.send();
      outcome.saved++;
    } catch (err) {
      if (err instanceof LocalRefusal) refuse(err.local.map((l) => ({ ...l, kind: "invalid" })));
      else if (isCellRefusal(err) || isConflict(err)) refuse(sheetRefusals(err, index, r.column));
      else {
        stopAt(outcome, err, changed.slice(n).map((c) => c.index));
        break;
      }
    }
  }
  return outcome;
}

function sheetRefusals(err: ApiError, index: number, column: (wire: string, row: number | null) => string): Omit<Refusal, "rowKey">[] {
  return err.details.length
    ? refusalsOf(err, [index], "name", () => [index]).map((r, i) => ({ ...r, column: column(err.details[i]!.column ?? "name", err.details[i]!.row) }))
    : refusalsOf(err, [index], "name");
}

const once = <T>(load: () => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () => (p ??= load());
};

export function pushTaskforces(ctx: SyncContext, changed: SheetRow[], pulled: Row[]): Promise<PushOutcome> {
  const before = new Map(pulled.map((r) => [r.id, r]));
  const people = once(() => endpoints.people(ctx.api, { signal: ctx.signal }));
  return pushRows(ctx, changed, "专班", (row) => taskforceRequest(ctx, row, typeof row.id === "number" ? before.get(row.id) : undefined, people));
}

export function pushTaskforceLog(ctx: SyncContext, changed: SheetRow[], pulled: Row[]): Promise<PushOutcome> {
  const before = new Map(pulled.map((r) => [r.id, r]));
  const forces = once(() => endpoints.taskforces(ctx.api, { signal: ctx.signal }));
  return pushRows(ctx, changed, "专班工作记录", (row) => logRequest(ctx, row, typeof row.id === "number" ? before.get(row.id) : undefined, forces));
}
