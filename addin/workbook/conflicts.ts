import { blockAddress } from "./address";
import { comparable, safeText, toCell } from "./cells";
import { CONFLICT_SHEET, layoutOf } from "./layouts";

// Rows someone else changed since the pull: shown side by side on a 冲突 sheet, one line per field,
// what I typed next to what the server has now. The ledger sheet is not touched: the user decides,
// copies what to keep, pulls again and re-submits.

const TABLE = "FuyuanConflicts";
const HEADERS = ["工作表", "编号", "字段", "我的修改", "服务器当前", "是否不同"];

export async function writeConflicts(
  context: Excel.RequestContext,
  key: string,
  conflicts: { mine: Record<string, unknown>; theirs: Record<string, unknown> }[],
): Promise<void> {
  const layout = layoutOf(key);
  const sheets = context.workbook.worksheets;
  const found = sheets.getItemOrNullObject(CONFLICT_SHEET);
  found.load("isNullObject");
  const old = context.workbook.tables.getItemOrNullObject(TABLE);
  old.load("isNullObject");
  await context.sync();

  const rows: (string | number)[][] = [];
  for (const { mine, theirs } of conflicts) {
    const id = toCell(layout.columns.find((c) => c.key === layout.rowKey)!, theirs[layout.rowKey] ?? mine[layout.rowKey]);
    for (const column of layout.columns) {
      if (column.owner === "server" && column.key !== "version") continue;
      const differs = comparable(column, mine[column.key]) !== comparable(column, theirs[column.key]);
      rows.push([layout.sheet, id, column.header, shown(column, mine[column.key]), shown(column, theirs[column.key]), differs ? "是" : "否"]);
    }
  }
  if (rows.length === 0) rows.push(HEADERS.map(() => ""));

  const sheet = found.isNullObject ? sheets.add(CONFLICT_SHEET) : found;
  if (!old.isNullObject) old.delete();
  if (!found.isNullObject) sheet.getRange().clear();
  const header = sheet.getRange(blockAddress(0, 0, 1, HEADERS.length));
  header.values = [HEADERS];
  header.format.font.bold = true;
  const body = sheet.getRange(blockAddress(1, 0, rows.length, HEADERS.length));
  body.numberFormat = rows.map(() => HEADERS.map(() => "@"));
  body.values = rows;
  const table = sheet.tables.add(blockAddress(0, 0, rows.length + 1, HEADERS.length), true);
  table.name = TABLE;
  const differs = body.conditionalFormats.add("Custom");
  differs.custom.rule.formula = '=$F2="是"';
  differs.custom.format.fill.color = "#FFEB9C";
  sheet.freezePanes.freezeRows(1);
  sheet.activate();
  await context.sync();
}

/** The text a cell would show (dates as YYYY-MM-DD, not serials), never a formula. */
function shown(column: Parameters<typeof toCell>[0], value: unknown): string {
  const cell = toCell(column, value);
  if (column.kind === "date" && typeof value === "string") return safeText(value);
  return typeof cell === "string" ? cell : String(cell);
}
