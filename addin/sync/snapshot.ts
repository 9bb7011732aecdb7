/**
 * The rows of each sheet as last pulled (or last confirmed by the server after a push).
 * Push compares the sheet against these to send only what changed. Kept for the life of the
 * shared runtime, i.e. while the workbook stays open; after reopening, pull again first.
 */
import type { SheetKey } from "../workbook/types";

/** A sheet row: cell values by column key, as typed (wire rows are typed by the contracts before they land here). */
export type Row = Record<string, unknown>;
const pulled = new Map<SheetKey, Row[]>();

export const rememberPulled = (key: SheetKey, rows: Row[]) => void pulled.set(key, rows.map((r) => ({ ...r })));
export const pulledRows = (key: SheetKey): Row[] | undefined => pulled.get(key);

let lastLists: import("../workbook/types").ValidationLists = {};
/** The dropdown lists of the last pull, reused when a push rewrites a sheet. */
export const rememberLists = (lists: import("../workbook/types").ValidationLists) => void (lastLists = lists);
export const pulledLists = () => lastLists;
