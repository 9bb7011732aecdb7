import holidays from "../../seed/calendar/cn-holidays.json";
import { count, eq } from "drizzle-orm";
import { calendarDays, calendarYears } from "../../schema/tables";
import { api, db, tokenFor } from "./helpers";

/**
 * setup.ts seeds every State Council arrangement, so deadlines in these tests follow the real 2026
 * holidays (Labour Day, 调休 Saturdays). This checks that the year is there, rather than adding it.
 */
export async function ensureCalendar2026() {
  const year = holidays.arrangements.find((a) => a.year === 2026)!;
  const [row] = await db().select().from(calendarYears).where(eq(calendarYears.year, 2026));
  if (row?.source !== year.source) throw new Error("setup.ts did not seed the 2026 calendar");
  const days = await db().select({ n: count() }).from(calendarDays).where(eq(calendarDays.year, 2026));
  if (days[0]?.n !== year.off.length + year.work.length) throw new Error("the 2026 calendar is incomplete");
}

/** Tokens for the office, a leader and a few units, issued once per file. */
export async function callers() {
  return {
    office: await tokenFor("office"),
    leader: await tokenFor("leader"),
    court: await tokenFor("unit", "县法院"),
    econ: await tokenFor("unit", "县科商经信局"),
    finance: await tokenFor("unit", "县财政局"),
    tax: await tokenFor("unit", "县税务局"),
  };
}

/** A valid creation body: task 19 led by 县法院 with 县科商经信局 as co-unit. */
export const matterBody = (over: Record<string, unknown> = {}) => ({
  title: "某企业破产案件资产处置协调",
  task: 19,
  source: "会议纪要",
  lead: "县法院",
  co: ["县科商经信局"],
  assigned: "2026-04-30",
  ...over,
});

/** Creates a matter as the office and returns the created body (fails the test otherwise). */
export async function createMatter(office: string, over: Record<string, unknown> = {}) {
  const res = await api("/api/v1/matters", { method: "POST", token: office, json: matterBody(over) });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
