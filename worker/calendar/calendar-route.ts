import { createRoute } from "@hono/zod-openapi";
import {
  CalendarListSchema,
  CalendarYearInputSchema,
  CalendarYearParamSchema,
  CalendarYearSavedSchema,
  CalendarYearSchema,
  DeadlineQuerySchema,
  DeadlineSchema,
  WorkdaysQuerySchema,
  WorkdaysSchema,
} from "../../schema/contracts/calendar";
import { deadlineAfter, unloadedYearsBetween, workdaysBetween, type WorkCalendar } from "../../domain/calendar";
import { newRouter } from "../platform/router";
import { notFound } from "../platform/errors";
import { may } from "../platform/access";
import { listCalendarYears, loadWorkCalendar, readCalendarYear } from "./calendar-queries";
import { conflictResponse, errorResponses } from "../platform/openapi-responses";
import { putCalendarYear } from "./calendar-put";

const json = <T>(schema: T) => ({ content: { "application/json": { schema } } });

/** Says, in the user's words, which years were counted by weekends only. */
function provisionalNote(from: string, to: string, cal: WorkCalendar): string {
  const years = unloadedYearsBetween(from, to, cal);
  const named = years.length <= 5 ? years.join("、") : `${years[0]}—${years[years.length - 1]}`;
  return `${named}年的节假日安排尚未载入，这部分日期仅按周末计算，结果为暂定`;
}

export const calendarRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "Every loaded year's off days and make-up workdays (the add-in caches this)",
      security: [{ bearer: [] }],
      responses: { 200: { description: "loaded years, ascending", ...json(CalendarListSchema) }, ...errorResponses },
    }),
    async (c) => c.json({ years: await listCalendarYears(c.var.db) }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/deadline",
      summary: "The Nth working day after a start day (start not counted)",
      security: [{ bearer: [] }],
      request: { query: DeadlineQuerySchema },
      responses: { 200: { description: "the deadline", ...json(DeadlineSchema) }, ...errorResponses },
    }),
    async (c) => {
      const { start, days } = c.req.valid("query");
      const cal = await loadWorkCalendar(c.var.db);
      const { deadline, provisional } = deadlineAfter(start, days, cal);
      return c.json({ start, days, deadline, provisional, ...(provisional ? { note: provisionalNote(start, deadline, cal) } : {}) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/workdays",
      summary: "Working days after `from` up to and including `to` (negative when `to` is earlier)",
      security: [{ bearer: [] }],
      request: { query: WorkdaysQuerySchema },
      responses: { 200: { description: "the count", ...json(WorkdaysSchema) }, ...errorResponses },
    }),
    async (c) => {
      const { from, to } = c.req.valid("query");
      const cal = await loadWorkCalendar(c.var.db);
      const { workdays, provisional } = workdaysBetween(from, to, cal);
      return c.json({ from, to, workdays, provisional, ...(provisional ? { note: provisionalNote(from, to, cal) } : {}) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{year}",
      summary: "One year's arrangement",
      security: [{ bearer: [] }],
      request: { params: CalendarYearParamSchema },
      responses: { 200: { description: "the year", ...json(CalendarYearSchema) }, ...errorResponses },
    }),
    async (c) => {
      const { year } = c.req.valid("param");
      const found = await readCalendarYear(c.var.db, year);
      if (!found) throw notFound(`尚未载入${year}年的节假日安排`);
      return c.json(found, 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/{year}",
      summary: "The office loads or corrects a year; open matters' deadlines are recomputed",
      middleware: [may("edit_calendar")] as const,
      security: [{ bearer: [] }],
      request: { params: CalendarYearParamSchema, body: { required: true, ...json(CalendarYearInputSchema) } },
      responses: {
        200: { description: "the year as stored, with how many open matters moved", ...json(CalendarYearSavedSchema) },
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { year } = c.req.valid("param");
      return c.json(await putCalendarYear(c.var.db, c.var.caller, year, c.req.valid("json"), c.var.today), 200);
    },
  );
