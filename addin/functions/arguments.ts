import { isValidIsoDate } from "../../domain/calendar";
import { isoOfSerial } from "../shared/excel-date";

// Parsing what Excel passes to a custom function: a date cell arrives as a serial number, typed text
// as a string. Bad input throws a RangeError whose message is the Chinese text shown in the cell's error.

/** `YYYY-MM-DD` of a date argument: an Excel date serial or `YYYY-MM-DD` text. */
export function dateArgument(label: string, value: unknown): string {
  if (typeof value === "number") {
    const iso = isoOfSerial(value);
    if (iso !== null) return iso;
    throw new RangeError(`${label}不是有效的日期`);
  }
  if (typeof value === "string") {
    const text = value.trim();
    if (isValidIsoDate(text)) return text;
    throw new RangeError(`${label}应为日期或 YYYY-MM-DD 格式的文本，收到“${value}”`);
  }
  throw new RangeError(`请填写${label}`);
}

/** A whole number of working days, at least 1. */
export function daysArgument(value: unknown): number {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1) throw new RangeError("工作日数应为不小于 1 的整数");
  if (n > 3650) throw new RangeError("工作日数不超过 3650");
  return n;
}
