import { blockAddress, columnLetter } from "./address";
import { toCell } from "./cells";
import { jsonBytes, planChunks, type ChunkItem } from "./chunks";
import { layoutOf, SERVER_FILL } from "./layouts";
import { probeLists, writeLists } from "./lists";
import { isSnapshotKey, probeSnapshot, queueSnapshotClear, queueSnapshotHead, queueSnapshotLists, queueSnapshotRows, snapshotCell, snapshotSheet } from "./snapshot-store";
import { probePageSetup, queuePageSetup } from "./page-setup";
import type { ColumnLayout, ListName, SheetLayout, WriteOptions } from "./types";

// Pull: rewrite one sheet's table. Syncs: one to learn what exists (two when the sheet is protected),
// then one per chunk (see chunks.ts). The structure (table, formats, validation, colours, frozen
// header) travels with the first chunk; the snapshot rows (WriteOptions.snapshot) share the chunks
// with the sheet rows, and the snapshot's head goes with the last one.
// Only the table's own columns are cleared: a clerk's columns to the right of the table (values,
// formulas, formats), the clerk's own sheets and the sheet's page layout, print area and print titles
// are never touched once set (page-setup.ts sets them on a sheet that has none), and the sheet itself
// is never deleted.

/** A sheet protected with a password (by the user): nothing on it was changed. */
export class SheetProtectedError extends Error {
  constructor(readonly sheet: string) {
    super(`“${sheet}”表设置了工作表保护（带密码），本次没有更新此表。请在“审阅”选项卡中“撤销工作表保护”后重新拉取。`);
    this.name = "SheetProtectedError";
  }
}

/** Number format per kind: text stays text even when typed by a user later ("=…", "007"). */
export function numberFormatOf(column: ColumnLayout): string {
  switch (column.kind) {
    case "date":
      return "yyyy-mm-dd";
    case "number":
      return "General";
    default:
      return "@";
  }
}

/**
 * Writes `rows` as the sheet's table body, in order; a `null` row is left blank (the caller keeps rows
 * where the user had them, see addin/sync/placement.ts). Spare blank rows follow.
 */
export async function writeTable(
  context: Excel.RequestContext,
  key: string,
  rows: (Record<string, unknown> | null)[],
  opts: WriteOptions = {},
): Promise<void> {
  const layout = layoutOf(key);
  const width = layout.columns.length;
  const blank = layout.columns.map(() => "");
  const bodyRows = Math.max(1, rows.length + layout.spareRows);
  const grid = rows.map((row) => (row ? layout.columns.map((c) => toCell(c, row[c.key])) : blank));
  while (grid.length < bodyRows) grid.push(blank);
  const formats = layout.columns.map(numberFormatOf);
  const snapKey = opts.snapshot && isSnapshotKey(key) ? key : null;
  const snapCells = snapKey ? opts.snapshot!.map((r) => snapshotCell(snapKey, r)) : [];
  const formatBytes = jsonBytes(formats);
  // A row travels as its values and its number formats, each followed by a comma in its 2-D array;
  // a snapshot row as one cell ([…], ["@"]).
  const items: ChunkItem[] = [
    ...grid.map((row) => ({ bytes: jsonBytes(row) + formatBytes + 2 })),
    ...snapCells.map((c) => ({ bytes: jsonBytes(c) + 9 })),
  ];
  const sizes = planChunks(items, jsonBytes(opts.lists ?? {}) * 2 + jsonBytes(layout.columns.map((c) => c.header)) + 2_000);

  const sheets = context.workbook.worksheets;
  const found = sheets.getItemOrNullObject(layout.sheet);
  found.load("isNullObject");
  found.protection.load("protected");
  const page = probePageSetup(found);
  const oldTable = context.workbook.tables.getItemOrNullObject(layout.table);
  oldTable.load("isNullObject");
  const lists = probeLists(context);
  const snapProbe = snapKey ? probeSnapshot(context) : null;
  await context.sync();
  opts.signal?.throwIfAborted();
  if (!found.isNullObject && found.protection.protected) await unprotectOrRefuse(context, found, layout.sheet);

  const sheet = found.isNullObject ? sheets.add(layout.sheet) : found;
  if (!oldTable.isNullObject) oldTable.convertToRange();
  if (!found.isNullObject) sheet.getRange(`A:${columnLetter(width - 1)}`).clear();
  const sources = writeLists(context, lists, opts.lists);
  queueStructure(sheet, layout, bodyRows, sources);
  queuePageSetup(sheet, layout, opts.pulledAt, found.isNullObject ? null : page);
  if (layout.note) queueNote(sheet, width, opts.note ?? "");
  const snap = snapProbe && snapKey ? snapshotSheet(context, snapProbe) : null;
  if (snap && snapKey) {
    queueSnapshotClear(snap, snapKey);
    if (opts.lists) queueSnapshotLists(snap, opts.lists);
  }

  let start = 0;
  for (const [i, size] of sizes.entries()) {
    context.application.suspendScreenUpdatingUntilNextSync();
    const end = start + size;
    const tableEnd = Math.min(end, grid.length);
    if (tableEnd > start) {
      const range = sheet.getRange(blockAddress(1 + start, 0, tableEnd - start, width));
      range.numberFormat = grid.slice(start, tableEnd).map(() => formats);
      range.values = grid.slice(start, tableEnd);
    }
    const snapStart = Math.max(start, grid.length) - grid.length;
    if (snap && snapKey && end > grid.length) queueSnapshotRows(snap, snapKey, snapStart, snapCells.slice(snapStart, end - grid.length));
    if (snap && snapKey && i === sizes.length - 1) queueSnapshotHead(snap, snapKey, snapCells.length);
    start = end;
    await context.sync();
    opts.onProgress?.(Math.min(start, rows.length), rows.length);
    if (i < sizes.length - 1) opts.signal?.throwIfAborted();
  }
}

/**
 * The sheet's line for the reader (节假日: which years are loaded), one column right of the table so
 * sorting and filtering the table never move it; that column is the add-in's, wrapped in a set width.
 */
function queueNote(sheet: Excel.Worksheet, width: number, note: string): void {
  const letter = columnLetter(width + 1);
  const cell = sheet.getRange(`${letter}1`);
  cell.numberFormat = [["@"]];
  cell.values = [[note]];
  cell.format.wrapText = true;
  cell.format.verticalAlignment = "Top";
  cell.format.font.color = "#9C0006";
  sheet.getRange(`${letter}:${letter}`).format.columnWidth = 300;
}

/** A sheet protected without a password (by an earlier version of the add-in) is unprotected; with one, refused. */
async function unprotectOrRefuse(context: Excel.RequestContext, sheet: Excel.Worksheet, name: string): Promise<void> {
  sheet.protection.unprotect();
  try {
    await context.sync();
  } catch {
    throw new SheetProtectedError(name);
  }
}

/** Width (points) from which a text column is long text and wraps unless its layout says otherwise. */
const LONG_TEXT_WIDTH = 150;

/** Whether a column's cells wrap: as the layout says, else text and lists given a wide column. */
export function wraps(column: ColumnLayout): boolean {
  return column.wrap ?? ((column.kind === "text" || column.kind === "list") && (column.width ?? 0) >= LONG_TEXT_WIDTH);
}

/** Header, table, column blocks (grey + locked for the server's), dropdowns, state colours, frozen header. */
function queueStructure(sheet: Excel.Worksheet, layout: SheetLayout, bodyRows: number, sources: Map<ListName, string>): void {
  const width = layout.columns.length;
  const editable = layout.columns.some((c) => c.owner === "user");
  const header = sheet.getRange(blockAddress(0, 0, 1, width));
  header.numberFormat = [layout.columns.map(() => "@")];
  header.values = [layout.columns.map((c) => c.header)];
  const table = sheet.tables.add(blockAddress(0, 0, 1 + bodyRows, width), true);
  table.name = layout.table;
  table.style = "TableStyleLight9";
  header.format.font.bold = true;
  // A header longer than its column (时限（工作日）) wraps rather than hiding behind the filter button.
  header.format.wrapText = true;

  layout.columns.forEach((column, i) => {
    const letter = columnLetter(i);
    const body = sheet.getRange(`${letter}2:${letter}${1 + bodyRows}`);
    // Locked only matters if the user protects the sheet; the add-in does not (sorting needs it unprotected).
    body.format.protection.locked = column.owner === "server";
    // Grey marks what is not the user's to type beside what is; a sheet that is all the server's
    // (重点工作, 成员单位) stays white, to be read rather than kept apart.
    if (column.owner === "server" && editable) body.format.fill.color = SERVER_FILL;
    if (column.width) sheet.getRange(`${letter}:${letter}`).format.columnWidth = column.width;
    // Long text wraps inside its set width (readable at 100% and on paper) instead of running on one line.
    if (wraps(column)) body.format.wrapText = true;
    const source = column.list && column.owner === "user" ? sources.get(column.list) : undefined;
    if (source) {
      body.dataValidation.rule = { list: { inCellDropDown: true, source } };
      body.dataValidation.errorAlert = column.lenient
        ? { showAlert: true, style: "Information", title: `请核对${column.header}`, message: column.lenient }
        : { showAlert: true, style: "Stop", title: `${column.header}无效`, message: `请从下拉列表中选择${column.header}。` };
    }
  });

  if (layout.colours.length > 0) {
    const all = sheet.getRange(blockAddress(1, 0, bodyRows, width));
    for (const colour of layout.colours) {
      const at = layout.columns.findIndex((c) => c.key === colour.column);
      const format = all.conditionalFormats.add("Custom");
      format.custom.rule.formula = `=$${columnLetter(at)}2="${colour.equals}"`;
      format.custom.format.fill.color = colour.fill;
      format.custom.format.font.color = colour.font;
    }
  }
  // Rows of wrapped text grow downwards from the top of the cell, as a hand-kept 台账 reads.
  sheet.getRange(blockAddress(1, 0, bodyRows, width)).format.verticalAlignment = "Top";
  sheet.freezePanes.freezeRows(1);
}
