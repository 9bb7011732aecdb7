import { blockAddress } from "./address";
import { fromCell } from "./cells";
import { READ_CHUNK_CELLS } from "./chunks";
import { layoutOf } from "./layouts";
import type { ColumnLayout } from "./types";

/** Each row readTable returns carries its zero-based position in the table body under this key. */
export const ROW_INDEX = "_row";

/**
 * Rows of a sheet's table as wire-shaped objects keyed by column key, skipping wholly blank rows (the
 * spare rows). Columns are found by their Chinese header, so a moved column still reads right.
 * Syncs: one for the header and size, then one per READ_CHUNK_CELLS cells (Excel's 5 MB response limit).
 * A missing table reads as no rows.
 */
export async function readTable(context: Excel.RequestContext, key: string): Promise<Record<string, unknown>[]> {
  const layout = layoutOf(key);
  const table = context.workbook.tables.getItemOrNullObject(layout.table);
  table.load("isNullObject");
  await context.sync();
  if (table.isNullObject) return [];

  const header = table.getHeaderRowRange();
  header.load("values,rowIndex,columnIndex");
  const body = table.getDataBodyRange();
  body.load("rowCount,columnCount");
  const sheet = table.worksheet;
  await context.sync();

  const headers = (header.values[0] ?? []).map(String);
  const positions: [ColumnLayout, number][] = layout.columns
    .map((c): [ColumnLayout, number] => [c, headers.indexOf(c.header)])
    .filter(([, at]) => at >= 0);
  const step = Math.max(1, Math.floor(READ_CHUNK_CELLS / Math.max(1, body.columnCount)));
  const rows: Record<string, unknown>[] = [];
  for (let start = 0; start < body.rowCount; start += step) {
    const count = Math.min(step, body.rowCount - start);
    const chunk = sheet.getRange(blockAddress(header.rowIndex + 1 + start, header.columnIndex, count, body.columnCount));
    chunk.load("values");
    await context.sync();
    chunk.values.forEach((cells, i) => {
      if (cells.every((v) => v === "" || v === null)) return;
      const row: Record<string, unknown> = { [ROW_INDEX]: start + i };
      for (const [column, at] of positions) row[column.key] = fromCell(column, cells[at]);
      rows.push(row);
    });
  }
  return rows;
}
