import { workCalendar } from "../shared/state";
import { deadlineValue, workdaysCount } from "./compute";
import { formattedValuesSupported } from "./support";

// Custom functions (namespace FUYUAN from the manifest). They only read: the calendar the shared
// runtime loads at start-up and every pull refreshes (addin/shared/state.ts). IDs are uppercase and never change. Metadata is generated from this JSDoc by
// custom-functions-metadata; register.ts associates the IDs at runtime.

/**
 * 办理期限：起始日不计，按国务院节假日安排（含调休上班）数到第 N 个工作日，即截止日期。超出已载入年份时按周末推算，结果标“（暂定）”。
 * @customfunction DEADLINE DEADLINE
 * @param start 起始日期（交办日期），日期或 YYYY-MM-DD 文本
 * @param days 工作日数，不小于 1 的整数，如 10
 * @returns 截止日期
 */
export function deadline(start: any, days: number): any {
  return asCellError(() => deadlineValue(start, days, workCalendar(), formattedValuesSupported()));
}

/**
 * 工作日数：起始日期之后（不含）到结束日期（含）之间的工作日数；结束日期更早时为负数。
 * @customfunction WORKDAYS WORKDAYS
 * @param start 起始日期，日期或 YYYY-MM-DD 文本
 * @param end 结束日期，日期或 YYYY-MM-DD 文本
 * @returns 工作日数
 */
export function workdays(start: any, end: any): number {
  return asCellError(() => workdaysCount(start, end, workCalendar()));
}

/** Bad input becomes #VALUE! with the Chinese reason shown on the cell. */
function asCellError<T>(compute: () => T): T {
  try {
    return compute();
  } catch (err) {
    const message = err instanceof RangeError ? err.message : "计算失败";
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
  }
}
