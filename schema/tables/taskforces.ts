import { integer, sqliteTable, text, index, uniqueIndex } from "drizzle-orm/sqlite-core";
import { matters } from "./matters";
import { people } from "./people";
import { createdAt, updatedAt } from "./columns";

/**
 * A task force (专班, 四(三)) the county government and the county court set up for a major,
 * complex case or matter. `serves` names the case or matter as written; `matterId` is the
 * ledger's matter it serves, when there is one.
 */
export const taskforces = sqliteTable("taskforces", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull().unique(),
  serves: text("serves").notNull(),
  matterId: integer("matter_id").references(() => matters.id),
  /** 运行中 | 已结束 (schema/values.ts `taskforceStatuses`) */
  status: text("status").notNull().default("运行中"),
  endedOn: text("ended_on"),
  endNote: text("end_note"),
  version: integer("version").notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A person on a task force, from the government side or the court side, as 组长 or 成员. */
export const taskforceMembers = sqliteTable(
  "taskforce_members",
  {
    taskforceId: integer("taskforce_id").notNull().references(() => taskforces.id),
    personId: integer("person_id").notNull().references(() => people.id),
    /** 政府 | 法院 */
    side: text("side").notNull(),
    /** 组长 | 成员 */
    role: text("role").notNull(),
  },
  (t) => [uniqueIndex("taskforce_members_uq").on(t.taskforceId, t.personId), index("taskforce_members_person_idx").on(t.personId)],
);

/** Matters a task force created (source 专班, its name as the source reference). */
export const taskforceMatters = sqliteTable(
  "taskforce_matters",
  {
    taskforceId: integer("taskforce_id").notNull().references(() => taskforces.id),
    matterId: integer("matter_id").notNull().references(() => matters.id),
  },
  (t) => [uniqueIndex("taskforce_matters_uq").on(t.taskforceId, t.matterId), index("taskforce_matters_matter_idx").on(t.matterId)],
);

/** What a task force did: its meetings (会议) and actions (行动), by day. */
export const taskforceLog = sqliteTable(
  "taskforce_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    taskforceId: integer("taskforce_id").notNull().references(() => taskforces.id),
    on: text("on").notNull(),
    /** 会议 | 行动 */
    kind: text("kind").notNull(),
    text: text("text").notNull(),
    actor: text("actor").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("taskforce_log_item_idx").on(t.taskforceId)],
);

export type Taskforce = typeof taskforces.$inferSelect;
export type TaskforceMember = typeof taskforceMembers.$inferSelect;
export type TaskforceLogEntry = typeof taskforceLog.$inferSelect;
