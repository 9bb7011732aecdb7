import { blockAddress, columnLetter } from "./address";
import { toCell } from "./cells";
import { planChunks } from "./chunks";
import { layoutOf, SERVER_FILL } from "./layouts";
import { probeLists, writeLists } from "./lists";
import { protectSheet } from "./protection";
import type { ColumnLayout, ListName, SheetLayout, WriteOptions } from "./types";

// Pull: rewrite one sheet as one table. Syncs: one to learn what exists, then one per chunk
// (see chunks.ts). The structure (table, formats, validation, colours, frozen header) travels with the
// first chunk and the sheet protection with the last, so 10,000 rows cost 1 + ⌈cells / 20,000⌉ syncs.

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

export async function writeTable(
  context: Excel.RequestContext,
  key: string,
  rows: Record<string, unknown>[],
  opts: WriteOptions = {},
): Promise<void> {
  const layout = layoutOf(key);
  const width = layout.columns.length;
  const blank = layout.columns.map(() => "");
  const bodyRows = Math.max(1, rows.length + layout.spareRows);
  const grid = rows.map((row) => layout.columns.map((c) => toCell(c, row[c.key])));
  while (grid.length < bodyRows) grid.push(blank);
  const formats = layout.columns.map(numberFormatOf);
  const sizes = planChunks(grid, JSON.stringify(formats).length);

  const sheets = context.workbook.worksheets;
  const found = sheets.getItemOrNullObject(layout.sheet);
  found.load("isNullObject");
  const oldTable = context.workbook.tables.getItemOrNullObject(layout.table);
  oldTable.load("isNullObject");
  const lists = probeLists(context);
  await context.sync();
  opts.signal?.throwIfAborted();

  suspend(context);
  const sheet = found.isNullObject ? sheets.add(layout.sheet) : found;
  if (!found.isNullObject) sheet.protection.unprotect();
  if (!oldTable.isNullObject) oldTable.delete();
  if (!found.isNullObject) sheet.getRange().clear();
  const sources = writeLists(context, lists, opts.lists);
  queueStructure(sheet, layout, bodyRows, sources);

  let start = 0;
  for (const [i, size] of sizes.entries()) {
    if (i > 0) suspend(context);
    if (size > 0) {
      const range = sheet.getRange(blockAddress(1 + start, 0, size, width));
      range.numberFormat = grid.slice(start, start + size).map(() => formats);
      range.values = grid.slice(start, start + size);
    }
    start += size;
    if (i === sizes.length - 1) protectSheet(sheet);
    await context.sync();
    opts.onProgress?.(Math.min(start, rows.length), rows.length);
    if (i < sizes.length - 1) opts.signal?.throwIfAborted();
  }
}

function suspend(context: Excel.RequestContext): void {
  context.application.suspendApiCalculationUntilNextSync();
  context.application.suspendScreenUpdatingUntilNextSync();
}

/** Header, table, column blocks (grey + locked for the server's), dropdowns, state colours, frozen header. */
function queueStructure(sheet: Excel.Worksheet, layout: SheetLayout, bodyRows: number, sources: Map<ListName, string>): void {
  const width = layout.columns.length;
  const header = sheet.getRange(blockAddress(0, 0, 1, width));
  header.numberFormat = [layout.columns.map(() => "@")];
  header.values = [layout.columns.map((c) => c.header)];
  const table = sheet.tables.add(blockAddress(0, 0, 1 + bodyRows, width), true);
  table.name = layout.table;
  table.style = "TableStyleLight9";
  header.format.font.bold = true;

  layout.columns.forEach((column, i) => {
    const letter = columnLetter(i);
    const body = sheet.getRange(`${letter}2:${letter}${1 + bodyRows}`);
    body.format.protection.locked = column.owner === "server";
    if (column.owner === "server") body.format.fill.color = SERVER_FILL;
    if (column.width) sheet.getRange(`${letter}:${letter}`).format.columnWidth = column.width;
    const source = column.list && column.owner === "user" ? sources.get(column.list) : undefined;
    if (source) {
      body.dataValidation.rule = { list: { inCellDropDown: true, source } };
      body.dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: `${column.header}无效`,
        message: `请从下拉列表中选择${column.header}。`,
      };
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
  sheet.freezePanes.freezeRows(1);
}
