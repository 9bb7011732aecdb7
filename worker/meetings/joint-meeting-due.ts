import { and, eq, sql } from "drizzle-orm";
import { meetings, settings } from "../../schema/tables";
import type { JointMeetingMissing } from "../../schema/contracts/joint-meeting";
import { jointMeetingMissingMessage, jointMeetingsMissing } from "../../domain/meetings/joint-meetings-missing";
import type { Db } from "../platform/db";

/**
 * The setting the office keeps the joint meetings' due days in: per year, the day by which that
 * year's 联席会议 should be held, e.g. `{ "2026": "2026-06-30" }`. No setting: nothing is due.
 */
export const JOINT_MEETING_DUE_KEY = "jointMeetingDue";

/** Years flagged on `today` for a missing joint meeting (all years, or just `year`), with their message. */
export async function missingJointMeetings(db: Db, today: string, year?: number): Promise<JointMeetingMissing[]> {
  const [row] = await db.select().from(settings).where(eq(settings.key, JOINT_MEETING_DUE_KEY));
  const dues = row && typeof row.value === "object" && row.value !== null && !Array.isArray(row.value) ? (row.value as Record<string, unknown>) : {};
  const held = await db
    .selectDistinct({ year: sql<number>`cast(substr(${meetings.date}, 1, 4) as integer)`.mapWith(Number) })
    .from(meetings)
    .where(and(eq(meetings.kind, "联席会议"), sql`${meetings.date} <= ${today}`));
  return jointMeetingsMissing(dues, held.map((h) => h.year), today)
    .filter((m) => year === undefined || m.year === year)
    .map((m) => ({ ...m, message: jointMeetingMissingMessage(m) }));
}
