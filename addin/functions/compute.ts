import { deadlineAfter, workdaysBetween, type WorkCalendar } from "../../domain/calendar";
import { serialOfIso } from "../shared/excel-date";
import { dateArgument, daysArgument } from "./arguments";

// The custom functions' work without the Office runtime: parse, count with the shared engine, answer.
// Errors are RangeErrors with the Chinese message; functions.ts turns them into cell errors.

/** The deadline `days` working days after `start`, as an Excel date serial. */
export function deadlineSerial(start: unknown, days: unknown, cal: WorkCalendar): number {
  const { deadline } = deadlineAfter(dateArgument("起始日期", start), daysArgument(days), cal);
  const serial = serialOfIso(deadline);
  if (serial === null) throw new RangeError("截止日期超出 Excel 能表示的范围");
  return serial;
}

export const DATE_FORMAT = "yyyy-mm-dd";
/** A provisional deadline (a year past the last loaded arrangement, counted by weekends only) shows 2027-03-05（暂定）. */
export const PROVISIONAL_FORMAT = 'yyyy-mm-dd"（暂定）"';
export const PROVISIONAL_MARK = "（暂定）";

/** A number shown with its own format (Excel.FormattedNumberCellValue, ExcelApi 1.16). */
export type FormattedDate = { type: "FormattedNumber"; basicValue: number; numberFormat: string };

/**
 * What =FUYUAN.DEADLINE shows. Where Excel takes formatted values from custom functions (ExcelApi
 * 1.16), a date serial that shows as a date without formatting the cell, "（暂定）" appended by the
 * number format when provisional (the value stays a date: it sorts, compares and adds). Elsewhere
 * text: `YYYY-MM-DD` (Excel still computes with it: ="2026-10-16"+1 is a date), `YYYY-MM-DD（暂定）`
 * when provisional.
 */
export function deadlineValue(start: unknown, days: unknown, cal: WorkCalendar, formatted: boolean): FormattedDate | string {
  const { deadline, provisional } = deadlineAfter(dateArgument("起始日期", start), daysArgument(days), cal);
  if (!formatted) return provisional ? `${deadline}${PROVISIONAL_MARK}` : deadline;
  const serial = serialOfIso(deadline);
  if (serial === null) throw new RangeError("截止日期超出 Excel 能表示的范围");
  return { type: "FormattedNumber", basicValue: serial, numberFormat: provisional ? PROVISIONAL_FORMAT : DATE_FORMAT };
}

/** Working days after `start` up to and including `end` (negative when `end` is earlier). */
export function workdaysCount(start: unknown, end: unknown, cal: WorkCalendar): number {
  return workdaysBetween(dateArgument("起始日期", start), dateArgument("结束日期", end), cal).workdays;
}
