import { and, asc, eq } from "drizzle-orm";
import { calendarDays, calendarYears } from "../../schema/tables";
import { buildWorkCalendar, type HolidayArrangement, type WorkCalendar } from "../../domain/calendar";
import type { Db } from "../platform/db";
import { chunkForD1, type Write } from "../platform/batch";
import { keptPerIsolate } from "../platform/cache-versions";

/** Every loaded year with its off days and make-up workdays, years and dates ascending. */
export async function listCalendarYears(db: Db): Promise<HolidayArrangement[]> {
  const [years, days] = await Promise.all([
    db.select({ year: calendarYears.year, source: calendarYears.source }).from(calendarYears).orderBy(asc(calendarYears.year)),
    db.select({ date: calendarDays.date, year: calendarDays.year, kind: calendarDays.kind }).from(calendarDays).orderBy(asc(calendarDays.date)),
  ]);
  const byYear = new Map(years.map((y) => [y.year, { year: y.year, source: y.source, off: [] as string[], work: [] as string[] }]));
  for (const d of days) byYear.get(d.year)?.[d.kind].push(d.date);
  return [...byYear.values()];
}

/** One loaded year, or null when its arrangement is not loaded. */
export async function readCalendarYear(db: Db, year: number): Promise<HolidayArrangement | null> {
  const [row] = await db.select({ year: calendarYears.year, source: calendarYears.source }).from(calendarYears).where(eq(calendarYears.year, year));
  if (!row) return null;
  const days = await db
    .select({ date: calendarDays.date, kind: calendarDays.kind })
    .from(calendarDays)
    .where(eq(calendarDays.year, year))
    .orderBy(asc(calendarDays.date));
  return {
    year: row.year,
    source: row.source,
    off: days.filter((d) => d.kind === "off").map((d) => d.date),
    work: days.filter((d) => d.kind === "work").map((d) => d.date),
  };
}

/**
 * The working-day index over every loaded year. Kept per isolate and rebuilt only when the stored
 * calendar's version has changed (platform/cache-versions.ts), so a calendar write is seen by the
 * next request.
 */
export async function loadWorkCalendar(db: Db): Promise<WorkCalendar> {
  return keptPerIsolate(db, "calendar", async () => buildWorkCalendar(await listCalendarYears(db)));
}

/** When the year's row was last written (null when the year is not loaded), to guard a replacement. */
export async function calendarYearStamp(db: Db, year: number): Promise<Date | null> {
  const [row] = await db.select({ updatedAt: calendarYears.updatedAt }).from(calendarYears).where(eq(calendarYears.year, year));
  return row?.updatedAt ?? null;
}

/**
 * Writes that make `next` the stored arrangement of its year: the year row is inserted or its
 * source updated, and the year's days are replaced. For use inside one `runBatch`. The first
 * write is guarded by what was read (`readStamp`, from `calendarYearStamp`): it inserts only
 * where the year is still missing, and updates only a row unchanged since, so a concurrent
 * replacement makes it change nothing.
 */
export function calendarYearWrites(db: Db, next: HolidayArrangement, readStamp: Date | null): Write[] {
  const days = [
    ...next.off.map((date) => ({ date, year: next.year, kind: "off" as const })),
    ...next.work.map((date) => ({ date, year: next.year, kind: "work" as const })),
  ];
  return [
    readStamp
      ? db
          .update(calendarYears)
          .set({ source: next.source, updatedAt: new Date(Math.max(Date.now(), readStamp.getTime() + 1)) })
          .where(and(eq(calendarYears.year, next.year), eq(calendarYears.updatedAt, readStamp)))
      : db.insert(calendarYears).values({ year: next.year, source: next.source }).onConflictDoNothing(),
    db.delete(calendarDays).where(eq(calendarDays.year, next.year)),
    ...chunkForD1(days, 4).map((rows) => db.insert(calendarDays).values(rows)),
  ];
}
