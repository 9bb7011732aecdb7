import { integer, sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import { units } from "./units";
import { people } from "./people";
import { createdAt, updatedAt } from "./columns";

/**
 * An 执行员's draft (草稿) of a unit's write: a progress report, a settlement or a co-unit's
 * contribution. It counts for nothing until the unit's 联络员 submits it (报送); the submission
 * is then written as if the 联络员 had made it that day.
 */
export const drafts = sqliteTable(
  "drafts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    unitId: integer("unit_id").notNull().references(() => units.id),
    /** 进展报送 | 办结 | 协办情况 */
    kind: text("kind").notNull(),
    /** The matter a settlement or contribution is for; null for a report. */
    matterId: integer("matter_id"),
    /** The body the write will carry when submitted (a report row, or a matter patch). */
    body: text("body", { mode: "json" }).notNull(),
    authorId: integer("author_id").references(() => people.id),
    /** 草稿 | 已报送 */
    status: text("status").notNull().default("草稿"),
    submittedOn: text("submitted_on"),
    submittedBy: integer("submitted_by").references(() => people.id),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("drafts_unit_idx").on(t.unitId)],
);

export type Draft = typeof drafts.$inferSelect;
