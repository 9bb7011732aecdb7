import { blockAddress, cellAddress, parseCell } from "./address";
import { comparable, safeText } from "./cells";
import { NOTES_EXCEL_API, supportsExcelApi } from "./api-level";
import { layoutOf, REFUSAL_FILL, REFUSAL_NOTE_PREFIX, REMARK_KEY, SERVER_FILL } from "./layouts";
import type { Refusal, SheetLayout } from "./types";

/**
 * The rows a call answers for: a push the rows it sent, the pane's 当前行 panel the row it acted on,
 * "all" a sheet rewritten whole. A number is the row's position in the table body (readTable's
 * `_row`), a string is matched against the sheet's key column. Rows a refusal names are always among them.
 */
export type MarkedRows = "all" | readonly (number | string)[];

/**
 * Marks the rows the server refused so that it shows and prints on every Excel: the refused cell and the
 * row's 校验意见 cell filled red, and the reasons written into 校验意见. Where Excel has notes (ExcelApi 1.18)
 * the refused cell also gets a note with the reason; Office 2021/2024 and the Office.js build the worker
 * serves have none, and the marks are complete without them.
 *
 * Only the rows of `rows` (and those a refusal names) are cleared and rewritten: their earlier marks go
 * (the 校验意见 text removed, the row's fills restored, grey for the server's columns, our notes deleted,
 * found by their 【服务器退回】 prefix so the user's own notes stay). Every other row keeps its 校验意见 and
 * fills; one whose 校验意见 still holds a reason gets that cell red again, so a mark survives a rewrite of
 * the sheet that kept its text. Syncs: three (the table's shape, its key and 校验意见 columns, the writes);
 * the writes go by runs of adjacent rows.
 *
 * `column` of a refusal is the wire key (`lead`, `settled`). A refusal naming no known row is dropped;
 * one naming no known column marks the key cell.
 */
export async function markRefusals(context: Excel.RequestContext, key: string, refusals: Refusal[], rows: MarkedRows): Promise<void> {
  const layout = layoutOf(key);
  const { sheet, headers, firstRow, firstColumn, rowCount, notes, ours, noteRows, keys, remarks } = await readMarks(context, layout);
  const at = (columnKey: string) => headers.indexOf(layout.columns.find((c) => c.key === columnKey)?.header ?? "\u0000");
  const rowOf = rowFinder(layout, keys, rowCount);
  const targets = placeRefusals(layout, refusals, rowOf, at);
  const byRow = new Map<number, string[]>();
  for (const t of targets.values()) byRow.set(t.row, [...(byRow.get(t.row) ?? []), ...t.messages]);
  const owned = new Set(rows === "all" ? Array.from({ length: rowCount }, (_, i) => i) : rows.flatMap((r) => rowOf(r) ?? []));
  for (const row of byRow.keys()) owned.add(row);

  // Owned rows marked before (by 校验意见, or by one of our notes) get their fills back first, then the new marks.
  const reasonOf = (row: number) => String(remarks?.[row]?.[0] ?? "");
  const marked = [...owned].filter((row) => reasonOf(row) !== "" || noteRows.includes(row));
  for (const [start, length] of runsOf(marked)) restoreRows(sheet, layout, headers, firstRow + start, length, firstColumn);
  ours.forEach((note, i) => {
    if (owned.has(noteRows[i]!)) note.delete();
  });
  for (const t of targets.values()) {
    const address = cellAddress(firstRow + t.row, firstColumn + t.offset);
    sheet.getRange(address).format.fill.color = REFUSAL_FILL;
    notes?.add(address, `${REFUSAL_NOTE_PREFIX}${t.messages.join("；")}`);
  }
  if (remarks) {
    const column = firstColumn + at(REMARK_KEY);
    for (const [start, length] of runsOf([...owned])) {
      const values = Array.from({ length }, (_, i) => [safeText([...new Set(byRow.get(start + i) ?? [])].join("；"))]);
      sheet.getRange(blockAddress(firstRow + start, column, length, 1)).values = values;
    }
    const red = [...byRow.keys(), ...remarks.flatMap((_, row) => (!owned.has(row) && reasonOf(row) !== "" ? [row] : []))];
    for (const [start, length] of runsOf(red)) sheet.getRange(blockAddress(firstRow + start, column, length, 1)).format.fill.color = REFUSAL_FILL;
  }
  await context.sync();
}

/** The table's shape, its key and 校验意见 columns and our notes with the body row each is on (two syncs). */
async function readMarks(context: Excel.RequestContext, layout: SheetLayout) {
  const table = context.workbook.tables.getItem(layout.table);
  const header = table.getHeaderRowRange();
  header.load("values,rowIndex,columnIndex");
  const body = table.getDataBodyRange();
  body.load("rowCount");
  const sheet = table.worksheet;
  // The Excel may have notes while the Office.js that the page loaded does not (OFFICE_JS=local is build
  // 16.0.15407): then `sheet.notes` is undefined and the marks go without notes.
  const notes = supportsExcelApi(NOTES_EXCEL_API) ? (sheet.notes ?? null) : null;
  notes?.load("items/content");
  await context.sync();

  const headers = (header.values[0] ?? []).map(String);
  const columnOf = (columnKey: string) => {
    const offset = headers.indexOf(layout.columns.find((c) => c.key === columnKey)?.header ?? "\u0000");
    if (offset < 0 || body.rowCount === 0) return null;
    const c = header.columnIndex + offset;
    const range = sheet.getRange(`${cellAddress(header.rowIndex + 1, c)}:${cellAddress(header.rowIndex + body.rowCount, c)}`);
    range.load("values");
    return range;
  };
  const keys = columnOf(layout.rowKey);
  const remarks = columnOf(REMARK_KEY);
  const ours = (notes?.items ?? []).filter((n) => String(n.content).startsWith(REFUSAL_NOTE_PREFIX));
  const places = ours.map((n) => {
    const place = n.getLocation();
    place.load("address");
    return place;
  });
  await context.sync();
  const firstRow = header.rowIndex + 1;
  return {
    sheet,
    headers,
    firstRow,
    firstColumn: header.columnIndex,
    rowCount: body.rowCount,
    notes,
    ours,
    noteRows: places.map((p) => (parseCell(p.address)?.row ?? -1) - firstRow),
    keys: (keys?.values ?? []) as unknown[][],
    remarks: remarks ? (remarks.values as unknown[][]) : null,
  };
}

type Target = { row: number; offset: number; messages: string[] };

/** The body position of a row named by position or by its key; undefined when it names no row of the table. */
function rowFinder(layout: SheetLayout, keyValues: unknown[][], rowCount: number): (rowKey: number | string) => number | undefined {
  const keyColumn = layout.columns.find((c) => c.key === layout.rowKey)!;
  const rowOf = new Map<string, number>();
  keyValues.forEach((v, i) => rowOf.set(comparable(keyColumn, v[0]), i));
  return (rowKey) => {
    const row = typeof rowKey === "number" ? rowKey : rowOf.get(comparable(keyColumn, rowKey));
    return row === undefined || row < 0 || row >= rowCount ? undefined : row;
  };
}

/** Each refused cell with its reasons, keyed by "row,offset" (offsets from the table's first column). */
function placeRefusals(
  layout: SheetLayout,
  refusals: Refusal[],
  rowOf: (rowKey: number | string) => number | undefined,
  offsetOf: (columnKey: string) => number,
): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const refusal of refusals) {
    const row = rowOf(refusal.rowKey);
    if (row === undefined) continue;
    const named = offsetOf(refusal.column);
    const offset = named >= 0 ? named : Math.max(offsetOf(layout.rowKey), 0);
    const id = `${row},${offset}`;
    const target = targets.get(id) ?? { row, offset, messages: [] };
    target.messages.push(refusal.message);
    targets.set(id, target);
  }
  return targets;
}

/** Rows as [first, count] runs of adjacent positions, so each run is one range in the request. */
function runsOf(rows: number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === row) last[1]++;
    else runs.push([row, 1]);
  }
  return runs;
}

/** The rows' fills as writeTable left them: none on the user's columns, grey on the server's. */
function restoreRows(sheet: Excel.Worksheet, layout: SheetLayout, headers: string[], row: number, count: number, firstColumn: number): void {
  sheet.getRange(blockAddress(row, firstColumn, count, headers.length)).format.fill.clear();
  headers.forEach((h, i) => {
    if (layout.columns.find((c) => c.header === h)?.owner === "server") sheet.getRange(blockAddress(row, firstColumn + i, count, 1)).format.fill.color = SERVER_FILL;
  });
}
