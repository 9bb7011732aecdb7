import { integer, sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";

/** Append-only record of who changed what and when. Rows are only ever inserted. */
export const changeLog = sqliteTable(
  "change_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: createdAt(),
    /** e.g. "office", "leader", "unit:县财政局", "system:cron", "admin-cli" */
    actor: text("actor").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    /** insert | update | delete | recompute | close … */
    action: text("action").notNull(),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
  },
  (t) => [index("change_log_entity_idx").on(t.entity, t.entityId)],
);

export type ChangeLogEntry = typeof changeLog.$inferSelect;
