import { integer, sqliteTable, text, uniqueIndex, index } from "drizzle-orm/sqlite-core";
import { units } from "./units";
import { tasks } from "./tasks";
import { createdAt, updatedAt } from "./columns";

/** A unit's progress report (进展报送) for one task and one period (2026-Q1 or 2026-03). */
export const reports = sqliteTable(
  "reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    unitId: integer("unit_id").notNull().references(() => units.id),
    taskNo: integer("task_no").notNull().references(() => tasks.no),
    period: text("period").notNull(),
    progress: text("progress").notNull(),
    problems: text("problems").notNull().default(""),
    plan: text("plan").notNull().default(""),
    /** Calendar day (YYYY-MM-DD, China time) of the latest submission; judged against the due day. */
    submittedOn: text("submitted_on").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("reports_unit_task_period_uq").on(t.unitId, t.taskNo, t.period),
    index("reports_period_idx").on(t.period),
  ],
);

export type Report = typeof reports.$inferSelect;
