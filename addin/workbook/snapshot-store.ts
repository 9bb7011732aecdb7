import { blockAddress, columnLetter } from "./address";
import { readBlocks } from "./chunks";
import { layoutOf, REMARK_KEY } from "./layouts";
import type { ValidationLists } from "./types";

// The pull snapshot kept inside the workbook, so that a workbook closed and reopened on another day
// pushes exactly the rows changed since its pull. It lives on the very hidden sheet 台账快照
// (Worksheet.visibility "VeryHidden", ExcelApi 1.1: not listed under Unhide, saved with the file,
// copied with it). One column per sheet key: row 1 holds the head ({ rows, at }), rows 2… one JSON
// text per pulled row (only the layout's columns: ids, versions, values). Every cell is text ("@").
// The head is cleared first and written last, so a pull cancelled halfway leaves no snapshot rather
// than a partial one. The lists (dropdown sources) have a column of their own.

export const SNAPSHOT_SHEET = "台账快照";
/** Snapshot columns, in order: index = column. */
const COLUMNS = ["lists", "matters", "reports", "calendar", "meetings", "topics", "research", "hearings", "suggestions", "petitionRisks", "enterprises", "decisions", "taskforces", "taskforceLog"] as const;
export type SnapshotKey = Exclude<(typeof COLUMNS)[number], "lists">;
export const SNAPSHOT_KEYS: readonly SnapshotKey[] = [
  "matters",
  "reports",
  "calendar",
  "meetings",
  "topics",
  "research",
  "hearings",
  "suggestions",
  "petitionRisks",
  "enterprises",
  "decisions",
  "taskforces",
  "taskforceLog",
];
/** The registers' sheets, pushed by push-registers.ts (new columns are appended: older workbooks keep theirs). */
export const REGISTER_SNAPSHOT_KEYS = ["hearings", "suggestions", "petitionRisks", "enterprises"] as const satisfies readonly SnapshotKey[];
export const isSnapshotKey = (key: string): key is SnapshotKey => (SNAPSHOT_KEYS as readonly string[]).includes(key);

type Row = Record<string, unknown>;
type Head = { rows: number; at: string };

const columnOf = (key: (typeof COLUMNS)[number]) => COLUMNS.indexOf(key);

/** The JSON cell of a pulled row: the layout's columns only. */
export function snapshotCell(key: SnapshotKey, row: Row): string {
  const kept: Row = {};
  // 校验意见 is the add-in's own remark on a refused row, never pulled data: it is not kept.
  for (const c of layoutOf(key).columns) if (c.key !== REMARK_KEY) kept[c.key] = row[c.key] ?? null;
  return JSON.stringify(kept);
}

/** Queues the load that tells whether the snapshot sheet exists (read at the next sync). */
export function probeSnapshot(context: Excel.RequestContext): Excel.Worksheet {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SNAPSHOT_SHEET);
  sheet.load("isNullObject");
  return sheet;
}

/** After the probe's sync: the snapshot sheet, added very hidden when missing. */
export function snapshotSheet(context: Excel.RequestContext, probe: Excel.Worksheet): Excel.Worksheet {
  if (!probe.isNullObject) return probe;
  const sheet = context.workbook.worksheets.add(SNAPSHOT_SHEET);
  sheet.visibility = "VeryHidden";
  return sheet;
}

/** Queues clearing a key's column (its head first of all). */
export function queueSnapshotClear(sheet: Excel.Worksheet, key: SnapshotKey): void {
  const letter = columnLetter(columnOf(key));
  sheet.getRange(`${letter}:${letter}`).clear();
}

/** Queues `cells` (from snapshotCell) at body rows `start`… of a key's column. */
export function queueSnapshotRows(sheet: Excel.Worksheet, key: SnapshotKey, start: number, cells: string[]): void {
  if (!cells.length) return;
  const range = sheet.getRange(blockAddress(1 + start, columnOf(key), cells.length, 1));
  range.numberFormat = cells.map(() => ["@"]);
  range.values = cells.map((c) => [c]);
}

/** Queues the head that makes a key's snapshot valid: written after all its rows. */
export function queueSnapshotHead(sheet: Excel.Worksheet, key: SnapshotKey, rows: number, at = new Date()): void {
  const head = sheet.getRange(blockAddress(0, columnOf(key), 1, 1));
  head.numberFormat = [["@"]];
  head.values = [[JSON.stringify({ rows, at: at.toISOString() } satisfies Head)]];
}

/** Queues the lists of the last pull (one cell). */
export function queueSnapshotLists(sheet: Excel.Worksheet, lists: ValidationLists): void {
  const cell = sheet.getRange(blockAddress(0, columnOf("lists"), 1, 1));
  cell.numberFormat = [["@"]];
  cell.values = [[JSON.stringify(lists)]];
}

const parse = <T>(text: unknown): T | null => {
  try {
    return typeof text === "string" && text !== "" ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
};

/** The snapshot of every key that has a complete one, and the lists; syncs: 2 + the chunks of rows. */
export async function readSnapshot(context: Excel.RequestContext): Promise<{ rows: Map<SnapshotKey, Row[]>; lists: ValidationLists | null }> {
  const probe = probeSnapshot(context);
  await context.sync();
  const rows = new Map<SnapshotKey, Row[]>();
  if (probe.isNullObject) return { rows, lists: null };
  const heads = probe.getRange(blockAddress(0, 0, 1, COLUMNS.length));
  heads.load("values");
  await context.sync();
  const cells = heads.values[0] ?? [];
  for (const key of SNAPSHOT_KEYS) {
    const head = parse<Head>(cells[columnOf(key)]);
    if (!head || !Number.isInteger(head.rows)) continue;
    const grid = head.rows ? await readBlocks(context, probe, { row: 1, column: columnOf(key), rowCount: head.rows, columns: 1 }, blockAddress) : [];
    const parsed = grid.map((r) => parse<Row>(r[0]));
    if (parsed.every((r): r is Row => r !== null)) rows.set(key, parsed);
  }
  return { rows, lists: parse<ValidationLists>(cells[columnOf("lists")]) };
}
