import { cellAddress, parseCell } from "./address";
import { comparable } from "./cells";
import { layoutOf, REFUSAL_FILL, REFUSAL_NOTE_PREFIX, SERVER_FILL } from "./layouts";
import { protectSheet } from "./protection";
import type { Refusal } from "./types";

/**
 * Marks the cells the server refused: a red fill and a note (Excel's notes, ExcelApi 1.18) with the reason,
 * on the table cell of the refused row and column. Marks from an earlier push that are not refused again
 * are cleared: their note deleted and their fill restored. Notes are found by their 【服务器退回】 prefix,
 * so the user's own notes are left alone. Syncs: three (what exists, where the old notes are, the writes),
 * with the sheet unprotected only for the last request.
 *
 * `rowKey`: a number is the row's position in the table body (readTable's `_row`); a string is matched
 * against the sheet's key column (matter id, unit name …). `column` is the wire key (`lead`, `settled`).
 * A refusal naming no known row or column marks the key cell, or the first cell of the row.
 */
export async function markRefusals(context: Excel.RequestContext, key: string, refusals: Refusal[]): Promise<void> {
  const layout = layoutOf(key);
  const table = context.workbook.tables.getItem(layout.table);
  const header = table.getHeaderRowRange();
  header.load("values,rowIndex,columnIndex");
  const body = table.getDataBodyRange();
  body.load("rowCount");
  const sheet = table.worksheet;
  const notes = sheet.notes;
  notes.load("items/content");
  await context.sync();

  const headers = (header.values[0] ?? []).map(String);
  const keyAt = headers.indexOf(layout.columns.find((c) => c.key === layout.rowKey)!.header);
  const keys = keyAt >= 0 && body.rowCount > 0 ? sheet.getRange(
    `${cellAddress(header.rowIndex + 1, header.columnIndex + keyAt)}:${cellAddress(header.rowIndex + body.rowCount, header.columnIndex + keyAt)}`,
  ) : null;
  keys?.load("values");
  const ours = notes.items.filter((n) => String(n.content).startsWith(REFUSAL_NOTE_PREFIX));
  const places = ours.map((n) => {
    const at = n.getLocation();
    at.load("address");
    return at;
  });
  await context.sync();

  const keyColumn = layout.columns.find((c) => c.key === layout.rowKey)!;
  const rowOf = new Map<string, number>();
  keys?.values.forEach((v, i) => rowOf.set(comparable(keyColumn, v[0]), i));
  const targets = new Map<string, { row: number; column: number; messages: string[] }>();
  for (const refusal of refusals) {
    const row = typeof refusal.rowKey === "number" ? refusal.rowKey : rowOf.get(comparable(keyColumn, refusal.rowKey));
    if (row === undefined || row < 0 || row >= body.rowCount) continue;
    const column = layout.columns.find((c) => c.key === refusal.column);
    const at = column ? headers.indexOf(column.header) : -1;
    const r = header.rowIndex + 1 + row;
    const c = header.columnIndex + (at >= 0 ? at : Math.max(keyAt, 0));
    const address = cellAddress(r, c);
    const target = targets.get(address) ?? { row: r, column: c, messages: [] };
    target.messages.push(refusal.message);
    targets.set(address, target);
  }

  sheet.protection.unprotect();
  ours.forEach((note, i) => {
    const cell = parseCell(places[i]!.address);
    note.delete();
    if (!cell || targets.has(cellAddress(cell.row, cell.column))) return;
    const column = layout.columns.find((c) => c.header === headers[cell.column - header.columnIndex]);
    const range = sheet.getRange(cellAddress(cell.row, cell.column));
    if (column?.owner === "server") range.format.fill.color = SERVER_FILL;
    else range.format.fill.clear();
  });
  for (const [address, target] of targets) {
    sheet.getRange(address).format.fill.color = REFUSAL_FILL;
    notes.add(address, `${REFUSAL_NOTE_PREFIX}${target.messages.join("；")}`);
  }
  protectSheet(sheet);
  await context.sync();
}
