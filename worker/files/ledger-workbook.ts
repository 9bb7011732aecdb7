import * as ExcelJS from "./exceljs";
import type { LedgerSheet } from "./ledger-sheets";
import { A4, BORDER, HEADER_FILL } from "./xlsx-style";

/**
 * The ledger as a workbook to print and archive: one sheet each, A4 landscape fitted to the
 * page width, the header row repeated on every page and frozen on screen, set widths, wrapped
 * text, a page header naming the sheet and the day, and 第 N 页 共 M 页 at the foot.
 */
export function ledgerWorkbook(sheets: LedgerSheet[], o: { county: string; today: string }): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = `${o.county}府院联动机制办公室`;
  wb.title = `${o.county}府院联动台账（${o.today}）`;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, {
      pageSetup: { ...A4, printTitlesRow: "1:1" },
      headerFooter: {
        oddHeader: `&L${o.county}府院联动台账 — ${s.name}&R导出日期：${o.today}`,
        oddFooter: "&C第 &P 页 共 &N 页",
      },
      views: [{ state: "frozen", ySplit: 1 }],
    });
    ws.columns = s.columns.map((c) => ({ header: c.header, width: c.width }));
    ws.addRows(s.rows);
    ws.getRow(1).eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    });
    ws.eachRow((row, n) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.border = BORDER;
        if (n > 1) cell.alignment = { vertical: "top", wrapText: true };
      }),
    );
    if (s.rows.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: s.columns.length } };
  }
  return wb;
}
