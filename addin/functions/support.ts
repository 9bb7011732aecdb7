// Feature detection for the custom functions. Formatted values (Excel.FormattedNumberCellValue) are
// ExcelApi 1.16; the Office.js build the worker can serve (16.0.15407) and Office 2021 lack them, and
// there =FUYUAN.DEADLINE answers text (compute.ts, deadlineValue).

export function formattedValuesSupported(): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.16") === true;
  } catch {
    return false;
  }
}
