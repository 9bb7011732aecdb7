import { and, eq, sql } from "drizzle-orm";
import { meetings, settings } from "../../schema/tables";
import type { JointMeetingMissing } from "../../schema/contracts/joint-meeting";
import { jointMeetingMissingMessage, jointMeetingsMissing } from "../../domain/meetings/joint-meetings-missing";
import type { Db } from "../platform/db";

/**
 * The setting the office keeps the joint meetings' due days in: per year, the day by which that
 * year's 联席会议 should be held, e.g. `{ "2026": "2026-06-30" }`, or one day as the settings route
 * writes it (`PUT /api/v1/settings/jointMeetingDue { value: "2026-06-30" }`: the due day of that
 * day's year). No setting: nothing is due.
 */
export const JOINT_MEETING_DUE_KEY = "jointMeetingDue";

/** Years flagged on `today` for a missing joint meeting (all years, or just `year`), with their message. */
export async function missingJointMeetings(db: Db, today: string, year?: number): Promise<JointMeetingMissing[]> {
  const [row] = await db.select().from(settings).where(eq(settings.key, JOINT_MEETING_DUE_KEY));
  const dues = duesOf(row?.value);
  const held = await db
    .selectDistinct({ year: sql<number>`cast(substr(${meetings.date}, 1, 4) as integer)`.mapWith(Number) })
    .from(meetings)
    .where(and(eq(meetings.kind, "联席会议"), sql`${meetings.date} <= ${today}`));
  return jointMeetingsMissing(dues, held.map((h) => h.year), today)
    .filter((m) => year === undefined || m.year === year)
    .map((m) => ({ ...m, message: jointMeetingMissingMessage(m) }));
}

/** The setting's value as year → due day. */
function duesOf(value: unknown): Record<string, unknown> {
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return { [value.slice(0, 4)]: value };
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
