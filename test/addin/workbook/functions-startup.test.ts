import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { HolidayArrangement } from "../../../domain/calendar";
import { deadlineValue, PROVISIONAL_FORMAT } from "../../../addin/functions/compute";
import { startCalendar } from "../../../addin/functions/startup";
import { setCalendarYears, workCalendar } from "../../../addin/shared/state";
import { createMockWorkbook } from "./mock-workbook";

// =FUYUAN.DEADLINE right before any pull: the runtime loads the calendar at start-up (the seed's own
// arrangements stand in for GET /api/v1/calendar), recalculates the workbook when it changes, answers
// a formatted date where ExcelApi 1.16 is there (text elsewhere) and marks a provisional one.

const seed = async () =>
  (JSON.parse(await readFile(path.resolve(import.meta.dirname, "../../../seed/calendar/cn-holidays.json"), "utf8")) as { arrangements: HolidayArrangement[] }).arrangements;
const through2026 = async () => (await seed()).filter((y) => y.year <= 2026);
const g = globalThis as { Excel?: unknown };

afterEach(() => {
  setCalendarYears([], false);
  delete g.Excel;
});

describe("the custom functions' calendar at start-up", () => {
  it("counts National Day 2026 before any pull, once the runtime has started", async () => {
    setCalendarYears([], false);
    expect(deadlineValue("2026-09-28", 10, workCalendar(), false)).toBe("2026-10-12（暂定）");
    await startCalendar(through2026);
    expect(deadlineValue("2026-09-28", 10, workCalendar(), false)).toBe("2026-10-16");
  });

  it("recalculates the whole workbook once when the calendar changes, and not when it stays the same", async () => {
    const wb = createMockWorkbook();
    g.Excel = { run: <T>(fn: (c: Excel.RequestContext) => Promise<T>) => wb.run(fn) };
    await startCalendar(through2026);
    await new Promise((r) => setTimeout(r, 0));
    expect(wb.calculation).toEqual(["calculate"]);
    setCalendarYears(await through2026());
    await new Promise((r) => setTimeout(r, 0));
    expect(wb.calculation).toEqual(["calculate"]);
  });

  it("keeps the saved calendar when the worker cannot be reached", async () => {
    setCalendarYears(await through2026());
    await startCalendar(() => Promise.reject(new TypeError("Failed to fetch")));
    expect(deadlineValue("2026-09-28", 10, workCalendar(), false)).toBe("2026-10-16");
  });
});

describe("what a DEADLINE cell shows", () => {
  it("is a date serial formatted as a date where formatted values are supported", async () => {
    setCalendarYears(await through2026(), false);
    expect(deadlineValue("2026-09-28", 10, workCalendar(), true)).toEqual({ type: "FormattedNumber", basicValue: 46311, numberFormat: "yyyy-mm-dd" });
  });

  it("marks a deadline past the last loaded year as provisional, in the format and in the text", async () => {
    setCalendarYears(await through2026(), false);
    const formatted = deadlineValue("2027-03-01", 10, workCalendar(), true);
    expect(formatted).toMatchObject({ type: "FormattedNumber", numberFormat: PROVISIONAL_FORMAT });
    expect(deadlineValue("2027-03-01", 10, workCalendar(), false)).toMatch(/^2027-03-\d\d（暂定）$/);
  });
});
