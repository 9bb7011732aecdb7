/**
 * The rows of each sheet as last pulled (or last confirmed by the server after a push). Push compares
 * the sheet against these to send only what changed. They are kept in the workbook itself (the very
 * hidden sheet 台账快照, addin/workbook/snapshot-store.ts, written by writeTable in the same requests as
 * the sheet), so a workbook reopened on another day still pushes exactly its changed rows; this module
 * holds them in memory once read, for the life of the shared runtime.
 */
import { readSnapshot, type SheetKey, type ValidationLists } from "../workbook";
import { inExcel } from "./context";

/** A sheet row: cell values by column key, as typed (wire rows are typed by the contracts before they land here). */
export type Row = Record<string, unknown>;
const pulled = new Map<SheetKey, Row[]>();
let lastLists: ValidationLists | null = null;
let read: Promise<void> | null = null;

/** Reads the workbook's snapshot once per runtime; what this runtime remembered since wins. */
function fromWorkbook(): Promise<void> {
  read ??= inExcel((context) => readSnapshot(context)).then(({ rows, lists }) => {
    for (const [key, r] of rows) if (!pulled.has(key)) pulled.set(key, r);
    lastLists ??= lists;
  });
  return read;
}

/** Remembers what writeTable just stored in the workbook. */
export const rememberPulled = (key: SheetKey, rows: Row[]) => void pulled.set(key, rows.map((r) => ({ ...r })));

/** The snapshot of a sheet, from memory or the workbook; undefined when it was never pulled. */
export async function pulledRows(key: SheetKey): Promise<Row[] | undefined> {
  if (!pulled.has(key)) await fromWorkbook();
  return pulled.get(key);
}

/** The dropdown lists of the last pull, reused when a push rewrites a sheet. */
export const rememberLists = (lists: ValidationLists) => void (lastLists = lists);
export async function pulledLists(): Promise<ValidationLists> {
  if (!lastLists) await fromWorkbook();
  return lastLists ?? {};
}

/** Forgets everything in memory (a workbook closed: the next read comes from the workbook). */
export function forgetPulled(): void {
  pulled.clear();
  lastLists = null;
  read = null;
}
