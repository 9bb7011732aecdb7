/**
 * Push of 督办事项, one request per changed row: a new row (no 编号) is created with
 * POST /api/v1/matters; an existing one can only be settled, PATCH /api/v1/matters/:id with its
 * version. Other edits to an existing matter are refused in place: the API does not change them.
 */
import type { MatterInputBody, MatterPatchBody, MatterWire } from "../../schema/contracts/matters";
import { createMatter, patchMatter, type AsTyped } from "../api/endpoints";
import type { ApiError } from "../api/client";
import type { Row } from "./snapshot";
import type { SyncContext } from "./context";
import type { PushOutcome, SheetRow } from "./push-reports";
import { stopAt } from "./push-reports";
import { isCellRefusal, isConflict, refusalsOf } from "./refusals";

const SETTLING = ["settled", "result"] as const satisfies readonly (keyof MatterPatchBody)[];
const FIXED = ["title", "task", "source", "lead", "co", "assigned", "days"] as const satisfies readonly (keyof MatterInputBody)[];
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const isBlank = (v: unknown) => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

/** The POST body of a new sheet row: its filled cells, as typed. */
export function matterInput(row: Row): AsTyped<MatterInputBody> {
  const body: AsTyped<MatterInputBody> = {};
  for (const k of FIXED) if (!isBlank(row[k])) body[k] = row[k];
  return body;
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
  for (const [n, item] of changed.entries()) {
    try {
      ctx.signal.throwIfAborted();
      ctx.progress(`提交督办事项 ${n + 1}/${changed.length}`, n / changed.length);
      await pushMatter(ctx, item, before, outcome);
    } catch (err) {
      stopAt(outcome, err, changed.slice(n).map((c) => c.index));
      break;
    }
  }
  return outcome;
}

/** One row: created, settled, or refused in place; a conflict or refusal keeps it as typed. Throws on an outage. */
async function pushMatter(ctx: SyncContext, { index, row }: SheetRow, before: Map<unknown, Row>, outcome: PushOutcome): Promise<void> {
  const old = typeof row.id === "number" ? before.get(row.id) : undefined;
  const keep = () => outcome.keepLocal.push(index);
  if (!old) {
    try {
      await createMatter(ctx.api, matterInput(row), { signal: ctx.signal });
      outcome.saved++;
    } catch (err) {
      if (!isCellRefusal(err)) throw err;
      outcome.refusals.push(...refusalsOf(err, [index], "title"));
      keep();
    }
    return;
  }
  const fixed = FIXED.filter((k) => !same(row[k], old[k]));
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
