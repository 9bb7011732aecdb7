/**
 * Push of 进展报送: the rows changed since the pull go in one POST /api/v1/reports (all or
 * nothing on the server). Refused cells are marked and the remaining rows are sent again, so
 * one bad row never holds back the others; stale rows come back as conflicts, side by side.
 */
import type { ReportInputBody, ReportRow } from "../../schema/contracts/reports";
import { submitReports } from "../api/endpoints";
import type { ApiError } from "../api/client";
import type { Conflict, Refusal } from "../workbook/types";
import type { Row } from "./snapshot";
import type { Line, SyncContext } from "./context";
import { isCellRefusal, isConflict, refusalsOf } from "./refusals";

export type SheetRow = { index: number; row: Row };
/**
 * `keepLocal`: table rows that stay as the user left them (refused, in conflict or not sent).
 * `failure`: why sending stopped early (network, timeout, cancel): the rows saved before it stay saved.
 */
/** `keepLocal`: rows kept as the user left them (refused, in conflict, unsent), the `unsent` ones last. */
/**
 * What a sheet's push did: rows saved, refused (marked on their cells), in conflict, kept as typed
 * and unsent; `removed`, pulled rows deleted on the sheet whose deletion the server took; `notes`,
 * lines about what has no row left to mark (a deletion the server refused).
 */
export type PushOutcome = { saved: number; refusals: Refusal[]; conflicts: Conflict[]; keepLocal: number[]; unsent: number; failure?: unknown; removed?: number; notes?: Line[] };

/** A push that row-by-row sending had to stop (an outage, a cancel): the rows from here on stay as typed, unsent. */
export function stopAt(outcome: PushOutcome, failure: unknown, rest: number[]): void {
  outcome.failure = failure;
  outcome.keepLocal.push(...rest);
  outcome.unsent = rest.length;
}

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** The wire row for a sheet row; values the server must judge (a task typed as text) pass as typed. */
export function reportInput(row: Row): ReportInputBody {
  const input: ReportInputBody = {
    task: row.task as number,
    period: text(row.period),
    progress: text(row.progress),
    problems: text(row.problems),
    plan: text(row.plan),
  };
  if (text(row.unit)) input.unit = text(row.unit);
  if (typeof row.version === "number") input.version = row.version;
  return input;
}

const sameReport = (mine: Row, theirs: ReportRow) => mine.task === theirs.task && mine.period === theirs.period && (!mine.unit || !theirs.unit || mine.unit === theirs.unit);

export async function pushReports(ctx: SyncContext, changed: SheetRow[]): Promise<PushOutcome> {
  const outcome: PushOutcome = { saved: 0, refusals: [], conflicts: [], keepLocal: [], unsent: 0 };
  let batch = changed;
  // The server reports one kind of refusal at a time (403, then 422, then 409), so each round
  // drops the rows it named and sends the rest again.
  for (let round = 0; round < 4 && batch.length > 0; round++) {
    try {
      ctx.signal.throwIfAborted();
      const saved = await submitReports(ctx.api, batch.map((b) => reportInput(b.row)), { signal: ctx.signal });
      outcome.saved += saved.length;
      return outcome;
    } catch (err) {
      if (!isCellRefusal(err) && !isConflict(err)) {
        outcome.failure = err;
        break;
      }
      const refusedRows = rowsNamed(err, batch.length);
      if (isCellRefusal(err)) outcome.refusals.push(...refusalsOf(err, batch.map((b) => b.index), "progress"));
      else outcome.conflicts.push(...conflictsOf(err, batch, refusedRows));
      outcome.keepLocal.push(...[...refusedRows].map((i) => batch[i]!.index));
      batch = batch.filter((_, i) => !refusedRows.has(i));
    }
  }
  outcome.keepLocal.push(...batch.map((b) => b.index));
  outcome.unsent = batch.length;
  return outcome;
}

/** Submitted-row positions an error names; a refusal without rows names them all. */
export function rowsNamed(err: ApiError, count: number): Set<number> {
  const rows = err.details.map((d) => d.row).filter((r): r is number => r !== null && r >= 0 && r < count);
  return rows.length ? new Set(rows) : new Set(Array.from({ length: count }, (_, i) => i));
}

/** A 409 on reports carries the stale rows as the server has them now (`current`). */
function conflictsOf(err: ApiError, batch: SheetRow[], stale: Set<number>): Conflict[] {
  const current = Array.isArray(err.extra.current) ? (err.extra.current as ReportRow[]) : [];
  return [...stale].map((i) => {
    const mine = batch[i]!.row;
    return { mine, theirs: current.find((c) => sameReport(mine, c)) ?? {} };
  });
}
