import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import holidays from "../../seed/calendar/cn-holidays.json";
import { calendarDays, calendarYears } from "../../schema/tables";
import { seedCalendar } from "../../worker/seed/seed-calendar";
import { loadWorkCalendar, readCalendarYear } from "../../worker/calendar/calendar-queries";
import { deadlineAfter } from "../../domain/calendar";
import { db } from "./helpers";

describe("seedCalendar", () => {
  it("has loaded every year from 2016 through 2026 with its source notice", async () => {
    const years = await db().select().from(calendarYears).orderBy(calendarYears.year);
    expect(years.map((y) => y.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(years.find((y) => y.year === 2025)?.source).toContain("国办发明电〔2024〕12号");
  });

  it("stores the 2024 make-up Sundays as working days", async () => {
    expect((await readCalendarYear(db(), 2024))?.work).toEqual(expect.arrayContaining(["2024-02-04", "2024-02-18"]));
  });

  it("never overwrites a year that is already loaded", async () => {
    // A year no other test here reads: the make-up Saturday 28 Jan 2023 is taken out by hand.
    expect((await readCalendarYear(db(), 2023))?.work).toContain("2023-01-28");
    await db().delete(calendarDays).where(eq(calendarDays.date, "2023-01-28"));
    const again = await seedCalendar(db(), holidays);
    expect(again.seeded).toEqual([]);
    expect((await readCalendarYear(db(), 2023))?.work).not.toContain("2023-01-28");
  });

  it("gives the loaded calendar to the deadline engine", async () => {
    const cal = await loadWorkCalendar(db());
    expect(deadlineAfter("2025-01-24", 10, cal)).toEqual({ deadline: "2025-02-13", provisional: false });
  });
});
