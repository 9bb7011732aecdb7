import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { units } from "./units";
import { createdAt, updatedAt } from "./columns";

/** 联席会议 (yearly) and 专题会议 (ad hoc, on a topic a unit proposed) (四(一)). */
export const meetings = sqliteTable("meetings", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  /** 联席会议 | 专题会议 */
  kind: text("kind").notNull(),
  title: text("title").notNull(),
  date: text("date").notNull(),
  topic: text("topic"),
  proposedByUnitId: integer("proposed_by_unit_id").references(() => units.id),
  /** Number of the minutes (会议纪要) whose decisions become supervised matters. */
  minutesNo: text("minutes_no"),
  minutes: text("minutes"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const meetingAttendees = sqliteTable(
  "meeting_attendees",
  {
    meetingId: integer("meeting_id").notNull().references(() => meetings.id),
    unitId: integer("unit_id").notNull().references(() => units.id),
    invited: integer("invited", { mode: "boolean" }).notNull().default(true),
    attended: integer("attended", { mode: "boolean" }),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.unitId] })],
);

export type Meeting = typeof meetings.$inferSelect;
