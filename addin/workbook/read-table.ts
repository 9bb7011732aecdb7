import { blockAddress } from "./address";
import { fromCell } from "./cells";
import { readBlocks } from "./chunks";
import { layoutOf } from "./layouts";
import type { ColumnLayout } from "./types";

/** Each row readTable returns carries its zero-based position in the table body under this key. */
export const ROW_INDEX = "_row";

/**
 * Rows of a sheet's table as wire-shaped objects keyed by column key, skipping wholly blank rows (the
 * spare rows). Columns are found by their Chinese header, so a moved column still reads right.
 * Syncs: one for the header and size, then one per chunk sized by bytes (see readBlocks: Excel's 5 MB limit).
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
  const grid = await readBlocks(
    context,
    sheet,
    { row: header.rowIndex + 1, column: header.columnIndex, rowCount: body.rowCount, columns: body.columnCount },
    blockAddress,
  );
  const rows: Record<string, unknown>[] = [];
  grid.forEach((cells, i) => {
    if (cells.every((v) => v === "" || v === null)) return;
    const row: Record<string, unknown> = { [ROW_INDEX]: i };
    for (const [column, at] of positions) row[column.key] = fromCell(column, cells[at]);
    rows.push(row);
  });
  return rows;
}
