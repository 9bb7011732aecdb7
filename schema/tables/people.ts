import { sql } from "drizzle-orm";
import { integer, sqliteTable, text, index, uniqueIndex } from "drizzle-orm/sqlite-core";
import { units } from "./units";
import { createdAt, updatedAt } from "./columns";

/** 召集人, 副召集人, 办公室, and each unit's 联络员 / 执行员. `role` holds the post (`posts` in values). */
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
    /** A leader's charge (分管): the domains or units he answers for, as written by the office. */
    charge: text("charge", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    /** False once the person has left the post (卸任); kept for the log, no longer current. */
    current: integer("current", { mode: "boolean" }).notNull().default(true),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("people_unit_idx").on(t.unitId),
    // At most one current 联络员 per unit, decided by the database so two offices cannot race.
    uniqueIndex("people_one_liaison_uq").on(t.unitId).where(sql`${t.role} = '联络员' AND ${t.current} = 1`),
  ],
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
