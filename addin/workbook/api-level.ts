/**
 * Which Excel API the add-in may count on. The manifest declares `REQUIRED_EXCEL_API`: the highest
 * requirement set among the members the workbook code uses unconditionally (test/addin/office-js
 * derives it from the members the mock tests touch and checks them against the Office.js build the
 * worker serves, 16.0.15407, and Office 2021's ExcelApi 1.14). Anything newer is used only where
 * `supportsExcelApi` says the running Excel has it, with a fallback that works without it. The Excel
 * answering yes is not enough: the Office.js the page loaded must define the member too (with
 * OFFICE_JS=local it is build 16.0.15407, whatever the Excel), so callers also check the member exists.
 */

/** The ExcelApi set in manifest.xml's <Requirements>: the lowest Excel the add-in runs on. */
export const REQUIRED_EXCEL_API = "1.9";

/** Cell notes (Worksheet.notes): Microsoft 365 from version 2501 and Excel on the web; not Office 2021/2024. */
export const NOTES_EXCEL_API = "1.18";

/**
 * True when the running Excel implements ExcelApi `version`. False outside Office, before
 * Office.onReady, and on any error: the caller then takes its fallback.
 */
export function supportsExcelApi(version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}
