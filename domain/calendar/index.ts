export type { HolidayArrangement, WorkCalendar } from "./work-calendar";
export { buildWorkCalendar } from "./work-calendar";
export { isValidIsoDate } from "./is-valid-iso-date";
export { isWorkday } from "./is-workday";
export { deadlineAfter } from "./deadline-after";
export { workdaysBetween } from "./workdays-between";
export { unloadedYearsBetween } from "./unloaded-years-between";
export { daysAfter } from "./days-after";
export { holidayPeriods, type HolidayPeriod } from "./holiday-periods";
