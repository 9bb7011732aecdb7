import holidays from "../../seed/calendar/cn-holidays.json";
import { calendarDays, calendarYears } from "../../schema/tables";
import { api, db, tokenFor } from "./helpers";

/**
 * Loads the 2026 State Council arrangement into this file's D1 unless it is already there,
 * so deadlines in these tests follow the real 2026 holidays (Labour Day, 调休 Saturdays).
 */
export async function ensureCalendar2026() {
  const year = holidays.arrangements.find((a) => a.year === 2026)!;
  await db().insert(calendarYears).values({ year: 2026, source: year.source }).onConflictDoNothing();
  const days = [
    ...year.off.map((date) => ({ date, year: 2026, kind: "off" as const })),
    ...year.work.map((date) => ({ date, year: 2026, kind: "work" as const })),
  ];
  for (let i = 0; i < days.length; i += 20) await db().insert(calendarDays).values(days.slice(i, i + 20)).onConflictDoNothing();
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
  source: "专班",
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
