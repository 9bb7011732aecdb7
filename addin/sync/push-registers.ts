/**
 * Push of a register's sheet, one row at a time: a new row (no 编号) is posted; an existing row
 * sends a PATCH of its changed columns with the version read, then its follow-up (a reply, a review,
 * an action) when those cells changed, with the version the PATCH answered. The server decides who
 * may write what (the court and the office enter rows, an addressee replies, a responsible unit
 * reviews): a refusal is marked on the cell it names, a stale version goes to 冲突, and an outage
 * stops the loop with the rows already stored reported.
 */
import { sendRegister, type RegisterWritten } from "../api/endpoints";
import type { ApiError } from "../api/client";
import { comparable } from "../workbook/cells";
import { layoutOf } from "../workbook/layouts";
import type { Refusal } from "../workbook/types";
import type { SyncContext } from "./context";
import type { PushOutcome, SheetRow } from "./push-reports";
import { isCellRefusal, isConflict, refusalsOf } from "./refusals";
import { sheetColumn, type RegisterSpec } from "./register-specs";
import type { Row } from "./snapshot";

const isBlank = (v: unknown) => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

/** The body of `columns` of a row under their wire names; `skipBlank` leaves blank cells out (a new row), else they go as null (cleared). */
export function registerBody(spec: RegisterSpec, row: Row, columns: readonly string[], skipBlank: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const k of columns) {
    if (isBlank(row[k]) && skipBlank) continue;
    body[spec.wire?.[k] ?? k] = isBlank(row[k]) && !Array.isArray(row[k]) ? null : row[k];
  }
  return body;
}

/** The columns among `columns` whose cells differ from the pulled row. */
export function changedColumns(spec: RegisterSpec, row: Row, old: Row, columns: readonly string[]): string[] {
  const layout = layoutOf(spec.key);
  return columns.filter((k) => {
    const column = layout.columns.find((c) => c.key === k)!;
    return comparable(column, row[k]) !== comparable(column, old[k]);
  });
}

export async function pushRegister(ctx: SyncContext, spec: RegisterSpec, changed: SheetRow[], pulled: Row[]): Promise<PushOutcome> {
  const outcome: PushOutcome = { saved: 0, refusals: [], conflicts: [], keepLocal: [], unsent: 0 };
  const before = new Map(pulled.map((r) => [r.id, r]));
  for (const [n, item] of changed.entries()) {
    try {
      ctx.signal.throwIfAborted();
      ctx.progress(`提交${spec.noun} ${n + 1}/${changed.length}`, n / changed.length);
      await pushRow(ctx, spec, item, typeof item.row.id === "number" ? before.get(item.row.id) : undefined, outcome);
    } catch (err) {
      outcome.failure = err;
      const rest = changed.slice(n).map((c) => c.index);
      outcome.keepLocal.push(...rest);
      outcome.unsent = rest.length;
      break;
    }
  }
  return outcome;
}

/** One row's writes, in order; the first refusal or conflict keeps the row as typed. Throws on an outage. */
async function pushRow(ctx: SyncContext, spec: RegisterSpec, { index, row }: SheetRow, old: Row | undefined, outcome: PushOutcome): Promise<void> {
  const o = { signal: ctx.signal };
  const follow = spec.follow;
  try {
    let written: RegisterWritten | undefined;
    let version = old?.version as number | undefined;
    if (!old) {
      written = await sendRegister(ctx.api, "POST", spec.path, registerBody(spec, row, spec.create, true), o);
      version = written.version;
    } else {
      const patched = changedColumns(spec, row, old, spec.patch);
      if (patched.length) {
        written = await sendRegister(ctx.api, "PATCH", `${spec.path}/${Number(old.id)}`, { version, ...registerBody(spec, row, patched, false) }, o);
        version = written.version;
      }
    }
    const id = (written?.id ?? old?.id) as number;
    const wantsFollow = follow && (old ? changedColumns(spec, row, old, follow.fields).length > 0 : follow.onCreate && follow.fields.some((k) => !isBlank(row[k])));
    if (follow && wantsFollow) {
      const body = registerBody(spec, row, follow.fields, true);
      try {
        await sendRegister(ctx.api, "POST", follow.path(id), follow.versioned ? { version, ...body } : body, o);
      } catch (err) {
        // The row itself is stored (new or corrected): it takes the server's 编号, version and other
        // columns, so the next push sends only the follow-up again, never the row twice.
        if (written) {
          outcome.saved++;
          takeServerColumns(spec, row, written);
        }
        throw err;
      }
    }
    outcome.saved++;
  } catch (err) {
    if (isConflict(err)) {
      outcome.conflicts.push({ mine: row, theirs: currentRow(spec, err) });
      outcome.keepLocal.push(index);
    } else if (isCellRefusal(err)) {
      outcome.refusals.push(...cellRefusals(spec, err, index));
      outcome.keepLocal.push(index);
    } else throw err;
  }
}

function takeServerColumns(spec: RegisterSpec, row: Row, written: RegisterWritten): void {
  const fresh = spec.toRow(written);
  for (const c of layoutOf(spec.key).columns) if (c.owner === "server" && c.key in fresh) row[c.key] = fresh[c.key];
}

/** The server's refusal on the sheet's cells: wire columns renamed to the sheet's. */
function cellRefusals(spec: RegisterSpec, err: ApiError, index: number): Refusal[] {
  return refusalsOf(err, [index], spec.fallback).map((r) => ({ ...r, column: sheetColumn(spec, r.column) }));
}

/** A 409 carries the row as the server has it now (`current`). */
function currentRow(spec: RegisterSpec, err: ApiError): Row {
  const current = err.extra.current as Record<string, unknown> | null | undefined;
  return current ? spec.toRow(current) : {};
}
