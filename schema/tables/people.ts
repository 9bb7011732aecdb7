import { integer, sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import { units } from "./units";
import { createdAt, updatedAt } from "./columns";

/** 召集人, 副召集人, 办公室, and each unit's 联络员 / 执行员. */
export const people = sqliteTable(
  "people",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** The plan names positions, not persons: the name is filled in by the office. */
    name: text("name"),
    role: text("role").notNull(),
    unitId: integer("unit_id").references(() => units.id),
    title: text("title"),
    phone: text("phone"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("people_unit_idx").on(t.unitId)],
);

/** Bearer tokens, stored only as SHA-256 hashes. `role` is office | leader | unit. */
export const tokens = sqliteTable(
  "tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    hash: text("hash").notNull().unique(),
    role: text("role").notNull(),
    unitId: integer("unit_id").references(() => units.id),
    personId: integer("person_id").references(() => people.id),
    label: text("label"),
    createdAt: createdAt(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("tokens_unit_idx").on(t.unitId)],
);

export type Person = typeof people.$inferSelect;
export type Token = typeof tokens.$inferSelect;
