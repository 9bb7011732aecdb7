import { calendarYears, changeLog } from "../../schema/tables";
import { CalendarSeedSchema } from "../../schema/contracts/calendar";
import { buildWorkCalendar } from "../../domain/calendar";
import type { Db } from "../platform/db";
import { runBatch, type Write } from "../platform/batch";
import { calendarYearWrites } from "../calendar/calendar-queries";

/**
 * Loads the State Council arrangements for the years not yet in the database. A year already
 * present is left alone, so a year the office loaded or corrected is never overwritten.
 */
export async function seedCalendar(db: Db, input: unknown): Promise<{ seeded: number[] }> {
  const { arrangements } = CalendarSeedSchema.parse(input);
  buildWorkCalendar(arrangements); // refuses a repeated year or a date outside its year
  const present = new Set((await db.select({ year: calendarYears.year }).from(calendarYears)).map((r) => r.year));
  const fresh = arrangements.filter((a) => !present.has(a.year)).sort((a, b) => a.year - b.year);
  if (fresh.length === 0) return { seeded: [] };
  const writes: Write[] = [
    ...fresh.flatMap((a) => calendarYearWrites(db, a, null)),
    db.insert(changeLog).values({
      actor: "system:seed",
      entity: "calendar_years",
      entityId: fresh.map((a) => a.year).join(","),
      action: "seed",
      after: fresh.map((a) => ({ year: a.year, source: a.source, off: a.off.length, work: a.work.length })),
    }),
  ];
  await runBatch(db, writes);
  return { seeded: fresh.map((a) => a.year) };
}
