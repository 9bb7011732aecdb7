import { integer, primaryKey, sqliteTable, text, index, uniqueIndex } from "drizzle-orm/sqlite-core";
import { units } from "./units";
import { tasks } from "./tasks";
import { createdAt, updatedAt } from "./columns";

/** A specific case or matter (具体案件、事项) handed to units, due in N working days (六(一)). */
export const matters = sqliteTable(
  "matters",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    taskNo: integer("task_no").references(() => tasks.no),
    /** 会议纪要 | 专题会议 | 专班 | 司法建议 | 其他 */
    source: text("source").notNull(),
    /** Free reference to the originating record (minutes number, suggestion number …). */
    sourceRef: text("source_ref"),
    leadUnitId: integer("lead_unit_id").notNull().references(() => units.id),
    assigned: text("assigned").notNull(),
    days: integer("days").notNull().default(10),
    deadline: text("deadline").notNull(),
    /** The deadline first computed; kept when an approved extension moves `deadline`. */
    originalDeadline: text("original_deadline").notNull(),
    provisional: integer("provisional", { mode: "boolean" }).notNull().default(false),
    /** 办理中 | 待审核 | 已办结 | 已撤销 (schema/values.ts `matterStatuses`) */
    status: text("status").notNull().default("办理中"),
    /** Day the daily job first found it past its deadline while open. */
    overdueSince: text("overdue_since"),
    settled: text("settled"),
    result: text("result"),
    onTime: integer("on_time", { mode: "boolean" }),
    /** How many times the office sent a settlement back (退回次数). */
    returns: integer("returns").notNull().default(0),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("matters_lead_idx").on(t.leadUnitId),
    index("matters_assigned_idx").on(t.assigned),
    index("matters_status_idx").on(t.status),
    index("matters_task_idx").on(t.taskNo),
  ],
);

/** Every unit on a matter, lead included, so "matters a unit may see" is one join. */
export const matterUnits = sqliteTable(
  "matter_units",
  {
    matterId: integer("matter_id").notNull().references(() => matters.id),
    unitId: integer("unit_id").notNull().references(() => units.id),
    /** lead | co */
    role: text("role", { enum: ["lead", "co"] }).notNull(),
    /** The co-unit's contribution note (协办情况). */
    contribution: text("contribution"),
    contributedAt: integer("contributed_at", { mode: "timestamp_ms" }),
  },
  (t) => [primaryKey({ columns: [t.matterId, t.unitId] }), index("matter_units_unit_idx").on(t.unitId)],
);

/** A lead unit's request for more time (延期) and the office's decision. */
export const matterExtensions = sqliteTable(
  "matter_extensions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    matterId: integer("matter_id").notNull().references(() => matters.id),
    reason: text("reason").notNull(),
    /** Extra working days asked for, counted from the current deadline. */
    days: integer("days").notNull(),
    /** 待审批 | 已批准 | 已驳回 */
    status: text("status").notNull().default("待审批"),
    decisionNote: text("decision_note"),
    previousDeadline: text("previous_deadline").notNull(),
    newDeadline: text("new_deadline"),
    requestedAt: createdAt(),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("matter_extensions_matter_idx").on(t.matterId)],
);

/**
 * The office's review (审核) of a settlement: the settlement as the unit gave it, and the
 * decision. A returned (退回) settlement lives on here after the matter is cleared for another try.
 */
export const matterReviews = sqliteTable(
  "matter_reviews",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    matterId: integer("matter_id").notNull().references(() => matters.id),
    settled: text("settled").notNull(),
    result: text("result").notNull(),
    onTime: integer("on_time", { mode: "boolean" }).notNull(),
    /** 通过 | 退回 */
    decision: text("decision").notNull(),
    note: text("note"),
    /** Who reviewed, as the change log names a caller. */
    actor: text("actor").notNull(),
    reviewedAt: createdAt(),
  },
  (t) => [index("matter_reviews_matter_idx").on(t.matterId)],
);

/** 催办记录: one per matter, day and level the daily job found it due soon or overdue. */
export const reminders = sqliteTable(
  "reminders",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    matterId: integer("matter_id").notNull().references(() => matters.id),
    on: text("on").notNull(),
    /** 临期 | 逾期 | 严重逾期 */
    kind: text("kind").notNull(),
    /** Working days left until the deadline (negative when overdue). */
    workdaysLeft: integer("workdays_left").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("reminders_matter_day_level_uq").on(t.matterId, t.on, t.kind)],
);

export type Matter = typeof matters.$inferSelect;
export type MatterUnit = typeof matterUnits.$inferSelect;
export type MatterExtension = typeof matterExtensions.$inferSelect;
export type MatterReview = typeof matterReviews.$inferSelect;
export type Reminder = typeof reminders.$inferSelect;
