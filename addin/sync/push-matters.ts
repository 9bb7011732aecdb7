/**
 * Push of 督办事项, one request per changed row: a new row (no 编号) is created with
 * POST /api/v1/matters, its 来源文号 as typed; a new row with 来源 专班 is handed out under the task
 * force its 来源文号 names (POST /api/v1/taskforces/:id/matters: linked to it, the name as the
 * reference), a name no task force has refused on that cell. An existing matter can only be
 * settled, PATCH /api/v1/matters/:id with its version. Other edits to an existing matter (来源文号
 * among them) are refused in place: the sheet does not change them.
 */
import type { MatterInputBody, MatterPatchBody, MatterWire } from "../../schema/contracts/matters";
import type { TaskforceWire } from "../../schema/contracts/taskforces";
import { createMatter, createTaskforceMatter, patchMatter, taskforces, type AsTyped } from "../api/endpoints";
import type { ApiError } from "../api/client";
import type { Row } from "./snapshot";
import type { SyncContext } from "./context";
import type { PushOutcome, SheetRow } from "./push-reports";
import { stopAt } from "./push-reports";
import { isCellRefusal, isConflict, refusalsOf } from "./refusals";
import { comparable } from "../workbook/cells";
import { layoutOf } from "../workbook/layouts";

const SETTLING = ["settled", "result"] as const satisfies readonly (keyof MatterPatchBody)[];
const FIXED = ["title", "task", "source", "sourceRef", "lead", "co", "assigned", "days"] as const satisfies readonly (keyof MatterInputBody)[];
/** The source whose matters a task force hands out; their 来源文号 names the task force. */
const TASKFORCE_SOURCE = "专班";
const columnOf = (key: string) => layoutOf("matters").columns.find((c) => c.key === key)!;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const isBlank = (v: unknown) => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

/** The POST body of a new sheet row: its filled cells, as typed. */
export function matterInput(row: Row): AsTyped<MatterInputBody> {
  const body: AsTyped<MatterInputBody> = {};
  for (const k of FIXED) if (!isBlank(row[k])) body[k] = row[k];
  return body;
}

/** A row the add-in refuses before sending (a task force it cannot find), on one cell. */
class LocalRefusal extends Error {
  constructor(
    readonly column: string,
    message: string,
  ) {
    super(message);
  }
}

type Forces = () => Promise<TaskforceWire[]>;

/**
 * Creates a new row's matter: with 来源 专班 under the task force named in 来源文号 (by name, or by
 * its 编号), else as a matter of its own.
 */
async function createRow(ctx: SyncContext, row: Row, forces: Forces): Promise<void> {
  const o = { signal: ctx.signal };
  if (row.source !== TASKFORCE_SOURCE) {
    await createMatter(ctx.api, matterInput(row), o);
    return;
  }
  const name = isBlank(row.sourceRef) ? "" : String(row.sourceRef).trim();
  if (!name) throw new LocalRefusal("sourceRef", "来源为专班时，请在“来源文号”中选择交办该事项的专班");
  const t = (await forces()).find((f) => f.name === name || String(f.id) === name);
  if (!t) throw new LocalRefusal("sourceRef", `没有名为“${name}”的专班；请从下拉列表中选择专班名称`);
  const { source: _source, sourceRef: _ref, ...body } = matterInput(row);
  await createTaskforceMatter(ctx.api, t.id, body, o);
}

/** A 409 on a matter carries the matter as the server has it now (`current`). */
function currentMatter(err: ApiError): MatterWire | Record<string, never> {
  const current = err.extra.current as MatterWire | MatterWire[] | null | undefined;
  return (Array.isArray(current) ? current[0] : current) ?? {};
}

/**
 * Sends the changed rows one by one. A failure that is not a refusal (network, timeout, cancel) stops
 * the loop: the rows already saved stay saved and are reported, the rest are kept as typed.
 */
export async function pushMatters(ctx: SyncContext, changed: SheetRow[], pulled: Row[]): Promise<PushOutcome> {
  const outcome: PushOutcome = { saved: 0, refusals: [], conflicts: [], keepLocal: [], unsent: 0 };
  const before = new Map(pulled.map((r) => [r.id, r]));
  let loaded: Promise<TaskforceWire[]> | undefined;
  const forces: Forces = () => (loaded ??= taskforces(ctx.api, { signal: ctx.signal }));
  for (const [n, item] of changed.entries()) {
    try {
      ctx.signal.throwIfAborted();
      ctx.progress(`提交督办事项 ${n + 1}/${changed.length}`, n / changed.length);
      await pushMatter(ctx, item, before, outcome, forces);
    } catch (err) {
      stopAt(outcome, err, changed.slice(n).map((c) => c.index));
      break;
    }
  }
  return outcome;
}

/** One row: created, settled, or refused in place; a conflict or refusal keeps it as typed. Throws on an outage. */
async function pushMatter(ctx: SyncContext, { index, row }: SheetRow, before: Map<unknown, Row>, outcome: PushOutcome, forces: Forces): Promise<void> {
  const old = typeof row.id === "number" ? before.get(row.id) : undefined;
  const keep = () => outcome.keepLocal.push(index);
  if (!old) {
    try {
      await createRow(ctx, row, forces);
      outcome.saved++;
    } catch (err) {
      if (err instanceof LocalRefusal) outcome.refusals.push({ rowKey: index, column: err.column, message: err.message, kind: "invalid" });
      // A task force that has ended is refused on its status: on the sheet, the cell that names it.
      else if (isCellRefusal(err)) outcome.refusals.push(...refusalsOf(err, [index], "title").map((r) => ({ ...r, column: r.column === "status" ? "sourceRef" : r.column })));
      else throw err;
      keep();
    }
    return;
  }
  // A column the snapshot lacks was not on the sheet when pulled (see changedRows): no edit.
  const fixed = FIXED.filter((k) => k in old && comparable(columnOf(k), row[k]) !== comparable(columnOf(k), old[k]));
  if (fixed.length) {
    outcome.refusals.push(...fixed.map((column) => ({ rowKey: index, column, message: "事项交办后此列不能在表中修改；如需调整请联系办公室" })));
    keep();
    return;
  }
  if (!SETTLING.some((k) => !same(row[k], old[k]))) return;
  try {
    const body: AsTyped<MatterPatchBody> & { version: number } = { version: old.version as number };
    if (!isBlank(row.settled)) body.settled = row.settled;
    if (!isBlank(row.result)) body.result = row.result;
    await patchMatter(ctx.api, row.id as number, body, { signal: ctx.signal });
    outcome.saved++;
  } catch (err) {
    if (isConflict(err)) {
      outcome.conflicts.push({ mine: row, theirs: currentMatter(err) });
      keep();
    } else if (isCellRefusal(err)) {
      outcome.refusals.push(...refusalsOf(err, [index], "settled"));
      keep();
    } else throw err;
  }
}
