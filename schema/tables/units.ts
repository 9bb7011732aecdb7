import { integer, primaryKey, sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import { createdAt, updatedAt } from "./columns";

export const units = sqliteTable("units", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull().unique(),
  kind: text("kind").notNull(),
  member: integer("member", { mode: "boolean" }).notNull().default(false),
  sortOrder: integer("sort_order").notNull().default(0),
  note: text("note"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Other names the plan (or the office) uses for a unit, e.g. 县经信局 for 县科商经信局. */
export const unitAliases = sqliteTable(
  "unit_aliases",
  {
    alias: text("alias").primaryKey(),
    unitId: integer("unit_id").notNull().references(() => units.id),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [index("unit_aliases_unit_idx").on(t.unitId)],
);

/** Collective names the plan uses (各成员单位, 各乡镇人民政府 …), expanded to member units. */
export const unitGroups = sqliteTable("unit_groups", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull().unique(),
  note: text("note"),
  /** Bumped by every change to the group or its members; a change names the version it read. */
  version: integer("version").notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const unitGroupMembers = sqliteTable(
  "unit_group_members",
  {
    groupId: integer("group_id").notNull().references(() => unitGroups.id),
    unitId: integer("unit_id").notNull().references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.unitId] })],
);

export type Unit = typeof units.$inferSelect;
export type UnitGroup = typeof unitGroups.$inferSelect;
