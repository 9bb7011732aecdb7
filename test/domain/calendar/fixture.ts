import data from "../../../seed/calendar/cn-holidays.json";
import { buildWorkCalendar, type HolidayArrangement } from "../../../domain/calendar";

/** The seeded State Council arrangements 2016–2026, as the worker loads them. */
export const arrangements: HolidayArrangement[] = data.arrangements;
export const cal = buildWorkCalendar(arrangements);
