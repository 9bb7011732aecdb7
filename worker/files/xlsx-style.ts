import type * as ExcelJS from "./exceljs";

/** A4 landscape, fitted to the page width, centred: how the office prints every sheet. */
export const A4: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

const thin = { style: "thin" as const, color: { argb: "FF808080" } };
export const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
export const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
/** The grey of what the user does not type (as on the add-in's server columns). */
export const LOCKED_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
/** Excel's own "bad" style: a refused cell. */
export const REFUSED_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
export const REFUSED_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF9C0006" } };
