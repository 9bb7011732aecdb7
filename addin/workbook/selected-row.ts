import { cellAddress } from "./address";
import { layoutOf } from "./layouts";

/** The sheets whose rows have a history on the server. */
export type HistorySheet = "matters" | "reports";

export type SelectedRow = { ok: true; sheet: HistorySheet; id: number } | { ok: false; message: string };

const HISTORY_SHEETS: HistorySheet[] = ["matters", "reports"];

/**
 * The row of the selected cell on 督办事项 or 进展报送, by the 编号 in its row of the sheet's
 * table; or why there is none (another sheet, a cell outside the table's rows, a row not yet
 * submitted). ExcelApi 1.1–1.4 members only: getSelectedRange, Range.worksheet, the table's
 * header and body ranges, getItemOrNullObject. Three syncs.
 */
export async function selectedRow(context: Excel.RequestContext): Promise<SelectedRow> {
  const selected = context.workbook.getSelectedRange();
  selected.load("rowIndex");
  const sheet = selected.worksheet;
  sheet.load("name");
  await context.sync();
  const key = HISTORY_SHEETS.find((k) => layoutOf(k).sheet === sheet.name);
  if (!key) return { ok: false, message: "请先在“督办事项”或“进展报送”表中选中要查看的行。" };
  const layout = layoutOf(key);

  const table = context.workbook.tables.getItemOrNullObject(layout.table);
  table.load("isNullObject");
  await context.sync();
  if (table.isNullObject) return { ok: false, message: `“${layout.sheet}”表中还没有台账数据，请先拉取。` };
  const header = table.getHeaderRowRange();
  header.load("values,rowIndex,columnIndex");
  const body = table.getDataBodyRange();
  body.load("rowCount");
  await context.sync();

  const row = selected.rowIndex;
  const idHeader = layout.columns.find((c) => c.key === layout.rowKey)!.header;
  const idAt = (header.values[0] ?? []).map(String).indexOf(idHeader);
  if (row <= header.rowIndex || row > header.rowIndex + body.rowCount || idAt < 0) {
    return { ok: false, message: `选中的单元格不在“${layout.sheet}”表的数据行中，请选中要查看的那一行。` };
  }
  const cell = sheet.getRange(cellAddress(row, header.columnIndex + idAt));
  cell.load("values");
  await context.sync();
  const id: unknown = cell.values[0]?.[0];
  if (typeof id !== "number" || !Number.isInteger(id) || id < 1) {
    return { ok: false, message: "该行还没有编号（尚未提交到服务器），没有修改记录。" };
  }
  return { ok: true, sheet: key, id };
}
