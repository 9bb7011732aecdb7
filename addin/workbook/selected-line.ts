import { blockAddress, cellAddress } from "./address";
import { layoutOf, REFUSAL_FILL, SERVER_FILL, SUMMARY_SHEET } from "./layouts";

/**
 * The row the office acts on in the pane's 当前行 panel: a matter on 督办事项 (by its 编号, with the
 * 版本 the sheet shows, the one a write must name), or a unit on 成员单位 or on one of 考评汇总's
 * unit tables (排名, 不参与排名, 前五, 后五). `at` is the unit's cell, for marking a refusal where the
 * sheet has no 校验意见.
 */
export type SelectedLine =
  | { ok: true; kind: "matter"; id: number; version: number | null }
  | { ok: true; kind: "unit"; unit: string; sheet: "units" | "summary"; at: string }
  | { ok: false; message: string };

/** 考评汇总's tables with one unit per row (written by workbook/summary.ts from summary-blocks.ts). */
const SUMMARY_UNIT_TABLES = ["FuyuanRanking", "FuyuanUnranked", "FuyuanTop", "FuyuanBottom"] as const;

type Candidate = { table: string; unitHeader: string | null };

function candidatesOn(sheetName: string): { kind: "matter" | "units" | "summary"; tables: Candidate[] } | null {
  if (sheetName === layoutOf("matters").sheet) return { kind: "matter", tables: [{ table: layoutOf("matters").table, unitHeader: null }] };
  if (sheetName === layoutOf("units").sheet) {
    const header = layoutOf("units").columns.find((c) => c.key === "name")!.header;
    return { kind: "units", tables: [{ table: layoutOf("units").table, unitHeader: header }] };
  }
  if (sheetName === SUMMARY_SHEET) return { kind: "summary", tables: SUMMARY_UNIT_TABLES.map((table) => ({ table, unitHeader: "单位" })) };
  return null;
}

const NOWHERE = "请先在“督办事项”中选中一件事项，或在“成员单位”“考评汇总”中选中一家单位所在的行。";

/**
 * Reads the selected cell's row. ExcelApi 1.1 members only (as selectedRow): getSelectedRange,
 * Range.worksheet, the tables' header and body ranges, getItemOrNullObject. Four syncs.
 */
export async function selectedLine(context: Excel.RequestContext): Promise<SelectedLine> {
  const selected = context.workbook.getSelectedRange();
  selected.load("rowIndex,columnIndex");
  const sheet = selected.worksheet;
  sheet.load("name");
  await context.sync();
  const on = candidatesOn(sheet.name);
  if (!on) return { ok: false, message: NOWHERE };

  const tables = on.tables.map((c) => {
    const table = context.workbook.tables.getItemOrNullObject(c.table);
    table.load("isNullObject");
    return { ...c, table };
  });
  await context.sync();
  const present = tables.filter((t) => !t.table.isNullObject);
  if (!present.length) return { ok: false, message: `“${sheet.name}”表中还没有数据，请先${on.kind === "summary" ? "刷新汇总" : "拉取台账"}。` };
  const shapes = present.map((t) => {
    const header = t.table.getHeaderRowRange();
    header.load("values,rowIndex,columnIndex,columnCount");
    const body = t.table.getDataBodyRange();
    body.load("rowCount");
    return { ...t, header, body };
  });
  await context.sync();

  const row = selected.rowIndex;
  const column = selected.columnIndex;
  const hit = shapes.find(
    (s) => row > s.header.rowIndex && row <= s.header.rowIndex + s.body.rowCount && column >= s.header.columnIndex && column < s.header.columnIndex + s.header.columnCount,
  );
  if (!hit) return { ok: false, message: `选中的单元格不在“${sheet.name}”表的数据行中，请选中要办理的那一行。` };
  const cells = sheet.getRange(blockAddress(row, hit.header.columnIndex, 1, hit.header.columnCount));
  cells.load("values");
  await context.sync();

  const headers = (hit.header.values[0] ?? []).map(String);
  const value = (header: string): unknown => cells.values[0]?.[headers.indexOf(header)];
  if (on.kind === "matter") return matterLine(value);
  const raw = value(hit.unitHeader!);
  const unit = typeof raw === "string" ? raw.trim() : "";
  if (!unit) return { ok: false, message: "该行没有单位名称，请选中一家单位所在的行。" };
  return { ok: true, kind: "unit", unit, sheet: on.kind, at: cellAddress(row, hit.header.columnIndex + headers.indexOf(hit.unitHeader!)) };
}

function matterLine(value: (header: string) => unknown): SelectedLine {
  const header = (key: string) => layoutOf("matters").columns.find((c) => c.key === key)!.header;
  const id = value(header("id"));
  if (typeof id !== "number" || !Number.isInteger(id) || id < 1) return { ok: false, message: "该行还没有编号（尚未提交到服务器），请先提交修改。" };
  const version = value(header("version"));
  return { ok: true, kind: "matter", id, version: typeof version === "number" && Number.isInteger(version) ? version : null };
}

/**
 * Marks (or clears) a refusal on a unit's cell: 成员单位 and 考评汇总 have no 校验意见 column for
 * markRefusals, so the cell itself is filled red; cleared, it is grey again on 成员单位 (the server's
 * column) and back to the table's style on 考评汇总. One sync.
 */
export async function markUnitCell(context: Excel.RequestContext, sheet: "units" | "summary", at: string, refused: boolean): Promise<void> {
  const name = sheet === "units" ? layoutOf("units").sheet : SUMMARY_SHEET;
  const fill = context.workbook.worksheets.getItem(name).getRange(at).format.fill;
  if (refused) fill.color = REFUSAL_FILL;
  else if (sheet === "units") fill.color = SERVER_FILL;
  else fill.clear();
  await context.sync();
}
