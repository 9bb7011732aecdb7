/**
 * Server refusals -> cells. The worker names a refused cell by the index of the row in what was
 * submitted and the wire column; the sheet needs the table row and the layout key.
 */
import { ApiError, type ErrorDetail } from "../api/client";
import type { Refusal } from "../workbook/types";

/** The cell refusals of a 403/422 for rows submitted in `submitted` order (`tableRows[i]` is row i's table index). */
export function refusalsOf(err: ApiError, tableRows: number[], fallbackColumn: string): Refusal[] {
  const details: ErrorDetail[] = err.details.length ? err.details : [{ row: null, column: null, code: err.code, message: err.message }];
  return details.flatMap((d) => {
    const rows = d.row === null ? tableRows : [tableRows[d.row]];
    return rows
      .filter((r): r is number => r !== undefined)
      .map((rowKey) => ({ rowKey, column: d.column ?? fallbackColumn, message: d.message }));
  });
}

/** Refusals the worker sends for a whole request (403, 422), as opposed to a conflict or an outage. */
export const isCellRefusal = (err: unknown): err is ApiError => err instanceof ApiError && (err.status === 403 || err.status === 422);
export const isConflict = (err: unknown): err is ApiError => err instanceof ApiError && err.status === 409;
