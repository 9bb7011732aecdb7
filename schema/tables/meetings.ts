import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { units } from "./units";
import { matters } from "./matters";
import { createdAt, updatedAt } from "./columns";

/**
 * 联席会议 (convened by the 召集人 or a 副召集人, once a year in principle) and 专题会议 (called as
 * needed, on topics units propose) (四(一)), with their minutes (会议纪要) once recorded.
 */
export const meetings = sqliteTable(
  "meetings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** 联席会议 | 专题会议 (schema/values.ts `meetingKinds`) */
    kind: text("kind").notNull(),
    date: text("date").notNull(),
    convener: text("convener").notNull(),
    place: text("place").notNull(),
    /** Number of the minutes (会议纪要), e.g. 金府院纪〔2026〕1号; null until recorded. */
    minutesNo: text("minutes_no"),
    minutesDate: text("minutes_date"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("meetings_date_idx").on(t.date), uniqueIndex("meetings_minutes_no_uq").on(t.minutesNo)],
);

/** Every unit invited to a meeting and, once recorded, how it attended. */
export const meetingAttendees = sqliteTable(
  "meeting_attendees",
  {
    meetingId: integer("meeting_id").notNull().references(() => meetings.id),
    unitId: integer("unit_id").notNull().references(() => units.id),
    /** 出席 | 委派代表出席 | 请假 | 缺席 (`attendanceStatuses`); null until recorded. */
    status: text("status"),
    /** Who attended for the unit when it sent a delegate. */
    delegate: text("delegate"),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.unitId] }), index("meeting_attendees_unit_idx").on(t.unitId)],
);

/** One numbered decision of a meeting's minutes, and the matter it was turned into (if any). */
export const meetingDecisions = sqliteTable(
  "meeting_decisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    meetingId: integer("meeting_id").notNull().references(() => meetings.id),
    no: integer("no").notNull(),
    text: text("text").notNull(),
    leadUnitId: integer("lead_unit_id").notNull().references(() => units.id),
    /** Co-units' ids in the order written. */
    coUnitIds: text("co_unit_ids", { mode: "json" }).$type<number[]>().notNull(),
    days: integer("days").notNull().default(10),
    matterId: integer("matter_id").references(() => matters.id),
  },
  (t) => [uniqueIndex("meeting_decisions_no_uq").on(t.meetingId, t.no), uniqueIndex("meeting_decisions_matter_uq").on(t.matterId)],
);

/** A topic (议题) a unit proposes, and the office's answer: on a meeting's agenda, or declined. */
export const topics = sqliteTable(
  "topics",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    description: text("description").notNull(),
    proposerUnitId: integer("proposer_unit_id").notNull().references(() => units.id),
    /** The meeting proposed for, then the one whose agenda it is on. */
    meetingId: integer("meeting_id").references(() => meetings.id),
    /** 待处理 | 列入议程 | 不予采纳 (`topicStatuses`) */
    status: text("status").notNull().default("待处理"),
    reason: text("reason"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("topics_proposer_idx").on(t.proposerUnitId), index("topics_meeting_idx").on(t.meetingId)],
);

export type Meeting = typeof meetings.$inferSelect;
export type MeetingAttendee = typeof meetingAttendees.$inferSelect;
export type MeetingDecision = typeof meetingDecisions.$inferSelect;
export type Topic = typeof topics.$inferSelect;
