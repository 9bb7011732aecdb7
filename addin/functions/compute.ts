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

/** Working days after `start` up to and including `end` (negative when `end` is earlier). */
export function workdaysCount(start: unknown, end: unknown, cal: WorkCalendar): number {
  return workdaysBetween(dateArgument("起始日期", start), dateArgument("结束日期", end), cal).workdays;
}
