import { buildWorkCalendar } from "../../../domain/calendar";

/**
 * A 2026 arrangement with only Labour Day: 1–5 May off, Saturday 9 May a make-up workday.
 * 2026-04-30 is a Thursday.
 */
export const labourDay2026 = buildWorkCalendar([
  {
    year: 2026,
    source: "test fixture",
    off: ["2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05"],
    work: ["2026-05-09"],
  },
]);
