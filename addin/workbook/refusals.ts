import { blockAddress, cellAddress, parseCell } from "./address";
import { comparable, safeText } from "./cells";
import { NOTES_EXCEL_API, supportsExcelApi } from "./api-level";
import { layoutOf, REFUSAL_FILL, REFUSAL_NOTE_PREFIX, REMARK_KEY, SERVER_FILL } from "./layouts";
import type { Refusal, SheetLayout } from "./types";

/**
 * Marks the rows the server refused so that it shows and prints on every Excel: the refused cell and the
 * row's 校验意见 cell filled red, and the reasons written into 校验意见. Where Excel has notes (ExcelApi 1.18)
 * the refused cell also gets a note with the reason; Office 2021/2024 and the Office.js build the worker
 * serves have none, and the marks are complete without them.
 *
 * Marks from an earlier push that are not refused again are cleared: the 校验意见 text removed and the
 * row's fills restored (grey for the server's columns). Our notes are found by their 【服务器退回】 prefix,
 * so the user's own notes are left alone. Syncs: three (the table's shape, its key and 校验意见 columns,
 * the writes).
 *
 * `rowKey`: a number is the row's position in the table body (readTable's `_row`); a string is matched
 * against the sheet's key column (matter id, unit name …). `column` is the wire key (`lead`, `settled`).
 * A refusal naming no known row is dropped; one naming no known column marks the key cell.
 */
export async function markRefusals(context: Excel.RequestContext, key: string, refusals: Refusal[]): Promise<void> {
  const layout = layoutOf(key);
  const withNotes = supportsExcelApi(NOTES_EXCEL_API);
  const table = context.workbook.tables.getItem(layout.table);
  const header = table.getHeaderRowRange();
  header.load("values,rowIndex,columnIndex");
  const body = table.getDataBodyRange();
  body.load("rowCount");
  const sheet = table.worksheet;
  // The Excel may have notes while the Office.js that the page loaded does not (OFFICE_JS=local is build
  // 16.0.15407): then `sheet.notes` is undefined and the marks go without notes.
  const notes = withNotes ? (sheet.notes ?? null) : null;
  notes?.load("items/content");
  await context.sync();

  const headers = (header.values[0] ?? []).map(String);
  const at = (columnKey: string) => headers.indexOf(layout.columns.find((c) => c.key === columnKey)?.header ?? "\u0000");
  const keyAt = at(layout.rowKey);
  const remarkAt = at(REMARK_KEY);
  const columnOf = (offset: number) => {
    if (offset < 0 || body.rowCount === 0) return null;
    const c = header.columnIndex + offset;
    return sheet.getRange(`${cellAddress(header.rowIndex + 1, c)}:${cellAddress(header.rowIndex + body.rowCount, c)}`);
  };
  const keys = columnOf(keyAt);
  keys?.load("values");
  const remarks = columnOf(remarkAt);
  remarks?.load("values");
  const ours = (notes?.items ?? []).filter((n) => String(n.content).startsWith(REFUSAL_NOTE_PREFIX));
  const places = ours.map((n) => {
    const place = n.getLocation();
    place.load("address");
    return place;
  });
  await context.sync();

  const targets = placeRefusals(layout, refusals, keys?.values ?? [], body.rowCount, (columnKey) => at(columnKey));
  const byRow = new Map<number, string[]>();
  for (const t of targets.values()) byRow.set(t.row, [...(byRow.get(t.row) ?? []), ...t.messages]);

  // Rows marked before (by 校验意见, or by one of our notes) get their fills back first, then the new marks.
  const bodyRow = (address: string) => (parseCell(address)?.row ?? -1) - header.rowIndex - 1;
  const marked = new Set([
    ...(remarks?.values ?? []).flatMap((v, row) => (String(v[0] ?? "") !== "" ? [row] : [])),
    ...places.map((p) => bodyRow(p.address)).filter((row) => row >= 0 && row < body.rowCount),
  ]);
  for (const row of marked) restoreRow(sheet, layout, headers, header.rowIndex + 1 + row, header.columnIndex);
  ours.forEach((note) => note.delete());
  for (const t of targets.values()) {
    const address = cellAddress(header.rowIndex + 1 + t.row, header.columnIndex + t.offset);
    sheet.getRange(address).format.fill.color = REFUSAL_FILL;
    notes?.add(address, `${REFUSAL_NOTE_PREFIX}${t.messages.join("；")}`);
  }
  if (remarks) {
    remarks.values = Array.from({ length: body.rowCount }, (_, row) => [safeText([...new Set(byRow.get(row) ?? [])].join("；"))]);
    for (const row of byRow.keys()) sheet.getRange(cellAddress(header.rowIndex + 1 + row, header.columnIndex + remarkAt)).format.fill.color = REFUSAL_FILL;
  }
  await context.sync();
}

type Target = { row: number; offset: number; messages: string[] };

/** Each refused cell with its reasons, keyed by "row,offset" (offsets from the table's first column). */
function placeRefusals(
  layout: SheetLayout,
  refusals: Refusal[],
  keyValues: unknown[][],
  rowCount: number,
  offsetOf: (columnKey: string) => number,
): Map<string, Target> {
  const keyColumn = layout.columns.find((c) => c.key === layout.rowKey)!;
  const rowOf = new Map<string, number>();
  keyValues.forEach((v, i) => rowOf.set(comparable(keyColumn, v[0]), i));
  const targets = new Map<string, Target>();
  for (const refusal of refusals) {
    const row = typeof refusal.rowKey === "number" ? refusal.rowKey : rowOf.get(comparable(keyColumn, refusal.rowKey));
    if (row === undefined || row < 0 || row >= rowCount) continue;
    const named = offsetOf(refusal.column);
    const offset = named >= 0 ? named : Math.max(offsetOf(layout.rowKey), 0);
    const id = `${row},${offset}`;
    const target = targets.get(id) ?? { row, offset, messages: [] };
    target.messages.push(refusal.message);
    targets.set(id, target);
  }
  return targets;
}

/** The row's fills as writeTable left them: none on the user's columns, grey on the server's. */
function restoreRow(sheet: Excel.Worksheet, layout: SheetLayout, headers: string[], row: number, firstColumn: number): void {
  sheet.getRange(blockAddress(row, firstColumn, 1, headers.length)).format.fill.clear();
  headers.forEach((h, i) => {
    if (layout.columns.find((c) => c.header === h)?.owner === "server") sheet.getRange(cellAddress(row, firstColumn + i)).format.fill.color = SERVER_FILL;
  });
}
