import { blockAddress, cellAddress } from "./address";
import { safeText } from "./cells";
import { SUMMARY_SHEET } from "./layouts";
import type { AssessmentEntry, SummaryPayload } from "./types";
import { summaryBlocks, type Block } from "./summary-blocks";

// 考评汇总: a title, then the blocks stacked top to bottom (each its own table, two blank rows
// apart), and two charts to the right: 得分排名 and 按期办结率. Rebuilt whole on every refresh.
// Syncs: three — whether the sheet exists, its old charts, then every write in one request.

export const SUMMARY_TABLES = ["FuyuanRanking", "FuyuanBreakdown", "FuyuanDomains", "FuyuanTaskProgress", "FuyuanOverdue", "FuyuanOnTime", "FuyuanOthers"];

export async function writeSummary(context: Excel.RequestContext, summary: SummaryPayload, assessment: AssessmentEntry[]): Promise<void> {
  const sheets = context.workbook.worksheets;
  const found = sheets.getItemOrNullObject(SUMMARY_SHEET);
  found.load("isNullObject");
  const oldTables = SUMMARY_TABLES.map((name) => {
    const t = context.workbook.tables.getItemOrNullObject(name);
    t.load("isNullObject");
    return t;
  });
  await context.sync();

  const sheet = found.isNullObject ? sheets.add(SUMMARY_SHEET) : found;
  if (!found.isNullObject) {
    sheet.charts.load("items");
    await context.sync();
    for (const chart of sheet.charts.items) chart.delete();
    sheet.protection.unprotect();
  }
  context.application.suspendScreenUpdatingUntilNextSync();
  for (const t of oldTables) if (!t.isNullObject) t.delete();
  if (!found.isNullObject) sheet.getRange().clear();

  const title = sheet.getRange("A1");
  title.values = [[`${summary.year}年度府院联动工作考评汇总`]];
  title.format.font.bold = true;
  title.format.font.size = 16;

  const placed = new Map<string, { row: number; rows: number }>();
  let row = 2;
  let widest = 0;
  for (const block of summaryBlocks(summary, assessment)) {
    writeBlock(sheet, block, row);
    placed.set(block.table, { row, rows: block.rows.length });
    widest = Math.max(widest, block.headers.length);
    row += block.rows.length + 4;
  }

  const left = widest + 1;
  const ranking = placed.get("FuyuanRanking")!;
  // Charts take the header row (the series name) and the ranked rows only: unranked units have no score.
  const ranked = summary.ranking.filter((r) => r.rank !== null).length;
  addChart(sheet, "得分排名", blockAddress(ranking.row + 1, 1, 1 + Math.max(1, ranked), 2), cellAddress(2, left), cellAddress(20, left + 8));
  const onTime = placed.get("FuyuanOnTime")!;
  addChart(sheet, "各单位按期办结率", blockAddress(onTime.row + 1, 0, 1 + Math.max(1, onTime.rows), 2), cellAddress(22, left), cellAddress(40, left + 8));
  sheet.freezePanes.freezeRows(1);
  await context.sync();
}

/** A caption row, then the table (header + rows) under it. Text cells are formula-safe. */
function writeBlock(sheet: Excel.Worksheet, block: Block, row: number): void {
  const caption = sheet.getRange(cellAddress(row, 0));
  caption.values = [[block.caption]];
  caption.format.font.bold = true;
  const width = block.headers.length;
  const rows = block.rows.length > 0 ? block.rows : [block.headers.map(() => "")];
  const range = sheet.getRange(blockAddress(row + 1, 0, rows.length + 1, width));
  range.numberFormat = [block.headers.map(() => "@"), ...rows.map(() => block.formats)];
  range.values = [block.headers, ...rows.map((r) => r.map((v) => (typeof v === "string" ? safeText(v) : v)))];
  const table = sheet.tables.add(blockAddress(row + 1, 0, rows.length + 1, width), true);
  table.name = block.table;
  table.style = "TableStyleMedium2";
}

function addChart(sheet: Excel.Worksheet, title: string, source: string, from: string, to: string): void {
  const chart = sheet.charts.add("ColumnClustered", sheet.getRange(source), "Columns");
  chart.title.text = title;
  chart.legend.visible = false;
  chart.setPosition(from, to);
}
