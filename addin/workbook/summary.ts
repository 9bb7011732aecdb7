import { blockAddress, cellAddress, columnLetter } from "./address";
import { safeText } from "./cells";
import { SUMMARY_DETAIL_SHEET, SUMMARY_SHEET } from "./layouts";
import { queuePageSetup } from "./page-setup";
import type { AssessmentEntry, SummaryPayload } from "./types";
import { summaryBlocks, type Block } from "./summary-blocks";

// 考评汇总 for a leader: page 1 is one screen (the title, 概况, the top and bottom five, and beside them
// two charts: the ranking of the ranked units as labelled bars, best at the top, and the on-time rate
// by unit); page 2 the full ranking and the units not ranked. It prints on two A4 pages. The long
// tables (score breakdown, domains, tasks, overdue matters) are on 考评明细. Both are rebuilt whole.
// Syncs: three — whether the sheets exist, their old charts, then every write in one request.

export const SUMMARY_TABLES = ["FuyuanOverview", "FuyuanTop", "FuyuanBottom", "FuyuanRanking", "FuyuanUnranked", "FuyuanOnTime"];
export const DETAIL_TABLES = ["FuyuanBreakdown", "FuyuanDomains", "FuyuanTaskProgress", "FuyuanMeetingsHeld", "FuyuanOverdue"];

/** Column widths (points) of 考评汇总: A 概况 labels / 排名, B unit names, E the top-five names. */
const SUMMARY_WIDTHS = [96, 140, 56, 48, 110, 56, 56];
const OTHER_WIDTH = 64;
/** The printed page's last column; the on-time chart's data sit right of it, outside the print area. */
const PRINT_COLUMNS = 19;
/** Where the charts sit (zero-based rows and columns), right of the overview tables. */
const CHARTS = { column: 8, to: 18, ranking: [2, 17], onTime: [18, 33] } as const;

export interface SummaryOptions {
  /** When the figures were read (`YYYY-MM-DD HH:mm`, China time). */
  pulledAt?: string;
}

export async function writeSummary(context: Excel.RequestContext, summary: SummaryPayload, assessment: AssessmentEntry[], opts: SummaryOptions = {}): Promise<void> {
  const sheets = context.workbook.worksheets;
  const found = [SUMMARY_SHEET, SUMMARY_DETAIL_SHEET].map((name) => {
    const s = sheets.getItemOrNullObject(name);
    s.load("isNullObject");
    return s;
  });
  const oldTables = [...SUMMARY_TABLES, ...DETAIL_TABLES].map((name) => {
    const t = context.workbook.tables.getItemOrNullObject(name);
    t.load("isNullObject");
    return t;
  });
  await context.sync();

  const [sheet, detail] = [SUMMARY_SHEET, SUMMARY_DETAIL_SHEET].map((name, i) => (found[i]!.isNullObject ? sheets.add(name) : found[i]!)) as [Excel.Worksheet, Excel.Worksheet];
  if (!found[0]!.isNullObject) {
    sheet.charts.load("items");
    await context.sync();
    for (const chart of sheet.charts.items) chart.delete();
  }
  context.application.suspendScreenUpdatingUntilNextSync();
  for (const t of oldTables) if (!t.isNullObject) t.delete();
  found.forEach((f, i) => {
    if (f.isNullObject) return;
    const s = i === 0 ? sheet : detail;
    s.protection.unprotect();
    s.getRange().clear();
  });

  const blocks = summaryBlocks(summary, assessment);
  const end = writeFront(sheet, summary, blocks, opts);
  writeDetail(detail, summary, blocks.detail, opts);
  queuePageSetup(sheet, { sheet: SUMMARY_SHEET }, opts.pulledAt, null);
  // The whole result on two A4 pages: page 1 the overview and charts, page 2 the ranking.
  sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 2 };
  sheet.pageLayout.setPrintArea(`A1:${columnLetter(PRINT_COLUMNS - 1)}${end}`);
  queuePageSetup(detail, { sheet: SUMMARY_DETAIL_SHEET }, opts.pulledAt, null);
  // A leader refreshes to read: the summary is what the workbook opens on afterwards.
  sheet.activate();
  await context.sync();
}

/** Page 1 and page 2 of 考评汇总; returns the last row used (one-based). */
function writeFront(sheet: Excel.Worksheet, summary: SummaryPayload, blocks: ReturnType<typeof summaryBlocks>, opts: SummaryOptions): number {
  writeTitle(sheet, `${summary.year}年度府院联动工作考评汇总`, opts);
  SUMMARY_WIDTHS.forEach((w, i) => (sheet.getRange(`${columnLetter(i)}:${columnLetter(i)}`).format.columnWidth = w));
  sheet.getRange(`${columnLetter(SUMMARY_WIDTHS.length)}:${columnLetter(PRINT_COLUMNS + 2)}`).format.columnWidth = OTHER_WIDTH;

  writeBlock(sheet, blocks.overview, 3, 0);
  writeBlock(sheet, blocks.top, 3, 3);
  writeBlock(sheet, blocks.bottom, 3 + blocks.top.rows.length + 4, 3);
  // The on-time rates feed the second chart from outside the print area (the chart shows them).
  const onTimeColumn = PRINT_COLUMNS + 1;
  writeBlock(sheet, blocks.onTime, 3, onTimeColumn);

  const frontRows = Math.max(3 + blocks.overview.rows.length + 2, 3 + blocks.top.rows.length + 4 + blocks.bottom.rows.length + 2, CHARTS.onTime[1] + 1);
  const rankingRow = frontRows + 1;
  writeBlock(sheet, blocks.ranking, rankingRow, 0);
  sheet.getRange(blockAddress(rankingRow + 1, 0, 1, blocks.ranking.headers.length)).format.wrapText = true;
  const unrankedRow = rankingRow + blocks.ranking.rows.length + 4;
  writeBlock(sheet, blocks.unranked, unrankedRow, 0);
  sheet.horizontalPageBreaks.add(sheet.getRange(cellAddress(rankingRow, 0)));

  const ranked = blocks.ranking.rows.length;
  addChart(sheet, {
    type: "BarClustered",
    title: "得分排名（参与排名单位）",
    source: blockAddress(rankingRow + 1, 1, 1 + Math.max(1, ranked), 2),
    from: cellAddress(CHARTS.ranking[0], CHARTS.column),
    to: cellAddress(CHARTS.ranking[1], CHARTS.to),
  });
  addChart(sheet, {
    type: "BarClustered",
    title: "各单位按期办结率",
    source: blockAddress(4, onTimeColumn, 1 + Math.max(1, blocks.onTime.rows.length), 2),
    from: cellAddress(CHARTS.onTime[0], CHARTS.column),
    to: cellAddress(CHARTS.onTime[1], CHARTS.to),
  });
  sheet.freezePanes.freezeRows(1);
  return unrankedRow + blocks.unranked.rows.length + 2;
}

function writeDetail(sheet: Excel.Worksheet, summary: SummaryPayload, blocks: Block[], opts: SummaryOptions): void {
  writeTitle(sheet, `${summary.year}年度府院联动工作考评明细`, opts);
  [140, 160, 56, 56, 56, 64, 64].forEach((w, i) => (sheet.getRange(`${columnLetter(i)}:${columnLetter(i)}`).format.columnWidth = w));
  let row = 3;
  for (const block of blocks) {
    writeBlock(sheet, block, row, 0);
    row += block.rows.length + 4;
  }
  sheet.freezePanes.freezeRows(1);
}

function writeTitle(sheet: Excel.Worksheet, text: string, opts: SummaryOptions): void {
  const title = sheet.getRange("A1");
  title.values = [[text]];
  title.format.font.bold = true;
  title.format.font.size = 16;
  if (opts.pulledAt) sheet.getRange("A2").values = [[`数据截至 ${opts.pulledAt}`]];
}

/** A caption row, then the table (header + rows) under it, at (row, column). Text cells are formula-safe. */
function writeBlock(sheet: Excel.Worksheet, block: Block, row: number, column: number): void {
  const caption = sheet.getRange(cellAddress(row, column));
  caption.values = [[block.caption]];
  caption.format.font.bold = true;
  const width = block.headers.length;
  const rows = block.rows.length > 0 ? block.rows : [block.headers.map(() => "")];
  const at = blockAddress(row + 1, column, rows.length + 1, width);
  const range = sheet.getRange(at);
  range.numberFormat = [block.headers.map(() => "@"), ...rows.map(() => block.formats)];
  range.values = [block.headers, ...rows.map((r) => r.map((v) => (typeof v === "string" ? safeText(v) : v)))];
  for (const c of block.wrap ?? []) sheet.getRange(blockAddress(row + 2, column + c, rows.length, 1)).format.wrapText = true;
  const table = sheet.tables.add(at, true);
  table.name = block.table;
  table.style = "TableStyleMedium2";
}

type ChartPlan = { type: "BarClustered"; title: string; source: string; from: string; to: string };

/** Horizontal bars: unit names read across; the first row of the source at the top; each bar labelled. */
function addChart(sheet: Excel.Worksheet, plan: ChartPlan): void {
  const chart = sheet.charts.add(plan.type, sheet.getRange(plan.source), "Columns");
  chart.title.text = plan.title;
  chart.legend.visible = false;
  chart.dataLabels.showValue = true;
  chart.axes.categoryAxis.reversePlotOrder = true;
  chart.setPosition(plan.from, plan.to);
}
