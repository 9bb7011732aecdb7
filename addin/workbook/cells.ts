import { periodLabel, periodOfText } from "../../domain/assessment/period-label";
import { isoOfSerial, serialOfIso } from "../shared/excel-date";
import type { ColumnLayout } from "./types";

// One wire value <-> one cell value, by column kind. Everything a user could type is kept as typed when it
// does not fit the kind (the server then refuses it with a reason, marked on the cell), never dropped.

export type CellValue = string | number | boolean;

/**
 * Text starting with one of these would be taken as a formula (or a sign) when entered; leading
 * blanks and control characters too (a tab or line break before `=`), as CSV-injection rules say.
 */
function risky(text: string): boolean {
  return /^[=+\-@\s]/.test(text) || (text.length > 0 && text.charCodeAt(0) < 0x20);
}
/** Separator for list cells (协办单位 …); reading also accepts commas and semicolons. */
export const LIST_SEPARATOR = "、";

/** Text that can never turn into a formula: a leading apostrophe is Excel's own "this is text" prefix. */
export function safeText(text: string): string {
  return risky(text) ? `'${text}` : text;
}

/** The value to write into a cell for a wire value. */
export function toCell(column: ColumnLayout, value: unknown): string | number {
  if (value === null || value === undefined) return "";
  switch (column.kind) {
    case "number":
      return typeof value === "number" ? value : safeText(String(value));
    case "date": {
      const serial = typeof value === "string" ? serialOfIso(value) : null;
      return serial ?? (typeof value === "number" ? value : safeText(String(value)));
    }
    case "bool":
      return value === true ? "是" : value === false ? "否" : safeText(String(value));
    case "list":
      return safeText(Array.isArray(value) ? value.map(String).join(LIST_SEPARATOR) : String(value));
    case "period":
      return safeText(periodLabel(String(value)));
    default:
      return safeText(String(value));
  }
}

/**
 * The wire value of a cell as Excel returns it. Blank cells read as null (lists as []). Text is
 * read exactly as typed (the server refuses what it cannot store, it never trims); numbers, dates,
 * yes/no and lists are read from the trimmed text.
 */
export function fromCell(column: ColumnLayout, cell: unknown): unknown {
  const typed = typeof cell === "string" ? unguard(cell) : null;
  const text = typed === null ? null : typed.trim();
  if (text === "" || cell === null || cell === undefined) return column.kind === "list" ? [] : null;
  switch (column.kind) {
    case "number":
      return typeof cell === "number" ? cell : /^-?\d+(\.\d+)?$/.test(text!) ? Number(text) : text;
    case "date":
      return typeof cell === "number" ? (isoOfSerial(cell) ?? cell) : text;
    case "bool":
      return cell === true || text === "是" ? true : cell === false || text === "否" ? false : text;
    case "list":
      return String(text ?? cell)
        .split(/[、,，;；]/)
        .map((s) => s.trim())
        .filter((s) => s !== "");
    case "period":
      // A label or a code reads as the code; anything else goes as typed, for the server to refuse.
      return periodOfText(text!) ?? typed;
    default:
      return typed ?? String(cell);
  }
}

/** Excel never returns the quote prefix in `values`; a store that does (a copy, a mock) gets it removed. */
function unguard(text: string): string {
  return text.startsWith("'") && risky(text.slice(1)) ? text.slice(1) : text;
}

/** A comparable text for a wire value in this column, so `null`, `""` and `[]` compare equal. */
export function comparable(column: ColumnLayout, value: unknown): string {
  const cell = toCell(column, fromCell(column, toCell(column, value)));
  return typeof cell === "string" ? cell : JSON.stringify(cell);
}
