import { check, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { sql } from "drizzle-orm";
import { units, unitGroups } from "./units";

/** The plan's key tasks (五、重点工作), numbered as the plan numbers them. */
export const tasks = sqliteTable("tasks", {
  no: integer("no").primaryKey(),
  domain: text("domain").notNull(),
  title: text("title").notNull(),
  text: text("text").notNull(),
});

/**
 * Responsibilities in the order the plan lists them; position 0 is the lead unit (牵头单位).
 * `name` keeps what the document says; exactly one of unitId/groupId says what it resolved to.
 */
export const taskResponsibilities = sqliteTable(
  "task_responsibilities",
  {
    taskNo: integer("task_no").notNull().references(() => tasks.no),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    unitId: integer("unit_id").references(() => units.id),
    groupId: integer("group_id").references(() => unitGroups.id),
  },
  (t) => [
    primaryKey({ columns: [t.taskNo, t.position] }),
    check("task_responsibilities_one_target", sql`(${t.unitId} is null) <> (${t.groupId} is null)`),
  ],
);

export type Task = typeof tasks.$inferSelect;
export type TaskResponsibility = typeof taskResponsibilities.$inferSelect;
