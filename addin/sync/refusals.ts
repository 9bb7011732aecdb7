/**
 * Server refusals -> cells. The worker names a refused cell by the index of the row in what was
 * submitted and the wire column; the sheet needs the table row and the layout key. What a refusal
 * means is read from the worker's codes, not its status: a 409 is a version conflict only when a
 * detail says `stale`; a matter already settled or a closed year is also a 409, but a refusal of the
 * row, in its own words.
 */
import { ApiError, type ErrorDetail } from "../api/client";
import { REMARK_KEY } from "../workbook/layouts";
import type { Refusal } from "../workbook/types";

/** Why a row was refused, for the pane's summary; the row's 校验意见 carries the server's own words. */
export type RefusalKind = "invalid" | "forbidden" | "settled" | "reviewing" | "closed" | "refused";

function kindOf(err: ApiError, code: string): RefusalKind {
  if (code === "already_settled") return "settled";
  if (code === "awaiting_review") return "reviewing";
  if (code === "year_closed" || code === "closed" || (err.status === 409 && /关账/.test(err.message))) return "closed";
  if (err.status === 403 || code === "forbidden" || code === "not_own_unit" || code === "not_responsible") return "forbidden";
  if (err.status === 422) return "invalid";
  return "refused";
}

/**
 * The cell refusals of a 403/422/non-stale 409 for rows submitted in `submitted` order (`tableRows[i]` is row i's table index).
 * `place` overrides where a detail lands (a sheet row sent as one document, whose details count inside it).
 */
export function refusalsOf(err: ApiError, tableRows: number[], fallbackColumn: string, place?: (d: ErrorDetail) => (number | undefined)[]): Refusal[] {
  const details: ErrorDetail[] = err.details.length ? err.details : [{ row: null, column: null, code: err.code, message: err.message }];
  return details.flatMap((d) => {
    const rows = place ? place(d) : d.row === null ? tableRows : [tableRows[d.row]];
    return rows
      .filter((r): r is number => r !== undefined)
      .map((rowKey) => ({ rowKey, column: d.column ?? fallbackColumn, message: d.message, kind: kindOf(err, d.code) }));
  });
}

/** A stale version: someone else changed the row since the pull. */
export const isConflict = (err: unknown): err is ApiError =>
  err instanceof ApiError && err.status === 409 && err.details.some((d) => d.code === "stale");

/** A refusal of the submitted rows themselves (bad cells, no permission, settled, closed), as opposed to a conflict or an outage. */
export const isCellRefusal = (err: unknown): err is ApiError =>
  err instanceof ApiError && (err.status === 403 || err.status === 422 || (err.status === 409 && !isConflict(err)));

/**
 * A rewrite of the sheet from the server keeps the reasons 校验意见 shows on rows it was not told about
 * (the server never sends 校验意见): `row` is what goes on the sheet, `onSheet` the row there now. The
 * refused cell's red fill does not survive the rewrite; markRefusals fills 校验意见 red again.
 */
export function keepReason(row: Record<string, unknown>, onSheet: Record<string, unknown> | undefined): Record<string, unknown> {
  const reason = onSheet?.[REMARK_KEY];
  return reason === null || reason === undefined || reason === "" ? row : { ...row, [REMARK_KEY]: reason };
}
