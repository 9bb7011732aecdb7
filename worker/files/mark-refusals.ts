/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- exceljs cells, not Office.js ranges: nothing to load or sync */
import type * as ExcelJS from "./exceljs";
import type { RefusedUpload } from "./reports-upload";
import { columnLetter, FIRST_ROW, TEMPLATE_SHEET } from "./template-layout";
import { REFUSED_FILL, REFUSED_FONT } from "./xlsx-style";

/**
 * The uploaded file back with every refused cell red and the reasons of its row in 校验意见
 * (earlier reasons cleared first, so a file uploaded again carries only this answer's).
 */
export async function markedFile(refused: RefusedUpload): Promise<ArrayBuffer> {
  const wb: ExcelJS.Workbook = refused.file.workbook;
  const ws = wb.getWorksheet(TEMPLATE_SHEET)!;
  const remark = columnLetter("remark");
  for (let r = FIRST_ROW; r <= ws.rowCount; r++) ws.getCell(`${remark}${r}`).value = null;
  const reasons = new Map<number, string[]>();
  for (const c of refused.cells) {
    // A loaded file's cells share one style object per style: give each marked cell its own.
    const marked = ws.getCell(c.cell);
    const style = marked.style;
    marked.style = { ...style, fill: REFUSED_FILL, font: { ...style.font, ...REFUSED_FONT } };
    reasons.set(c.sheetRow, [...(reasons.get(c.sheetRow) ?? []), c.message]);
  }
  for (const [row, list] of reasons) {
    const reason = ws.getCell(`${remark}${row}`);
    const style = reason.style;
    reason.value = list.join("\n");
    reason.style = { ...style, font: { ...style.font, ...REFUSED_FONT }, alignment: { wrapText: true, vertical: "top" } };
  }
  return (await wb.xlsx.writeBuffer());
}
