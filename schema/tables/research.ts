import { integer, sqliteTable, text, index, uniqueIndex } from "drizzle-orm/sqlite-core";
import { units } from "./units";
import { createdAt, updatedAt } from "./columns";

/**
 * A joint research item (联合调研, 四(二)): the office with the units involved studies a common
 * problem and drafts a report or a normative document, which every unit involved approves
 * before it is issued jointly (联合发文). The office is always involved; `leadUnitId` null means
 * the office leads.
 */
export const research = sqliteTable("research", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  topic: text("topic").notNull(),
  leadUnitId: integer("lead_unit_id").references(() => units.id),
  /** 调研中 | 已发文 (schema/values.ts `researchStatuses`) */
  status: text("status").notNull().default("调研中"),
  /** The current draft's version number (research_drafts.version). */
  draftVersion: integer("draft_version").notNull().default(1),
  docNo: text("doc_no"),
  issuedOn: text("issued_on"),
  /** Bumped by every change (a new draft, the issuance); a change names the version it read. */
  version: integer("version").notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** The member units involved besides the office (the office is involved in every item). */
export const researchUnits = sqliteTable(
  "research_units",
  {
    researchId: integer("research_id").notNull().references(() => research.id),
    unitId: integer("unit_id").notNull().references(() => units.id),
  },
  (t) => [uniqueIndex("research_units_uq").on(t.researchId, t.unitId), index("research_units_unit_idx").on(t.unitId)],
);

/** Every draft version of an item, kept; approvals are given to one version. */
export const researchDrafts = sqliteTable(
  "research_drafts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    researchId: integer("research_id").notNull().references(() => research.id),
    version: integer("version").notNull(),
    /** 调研报告 | 规范性文件 */
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    text: text("text"),
    /** Where the file lives when the draft is an attachment (a link or a file name). */
    attachment: text("attachment"),
    /** The ledger's day the version was put forward, and the day approvals are due by. */
    on: text("on").notNull(),
    approvalsDue: text("approvals_due").notNull(),
    provisional: integer("provisional", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("research_drafts_version_uq").on(t.researchId, t.version)],
);

/**
 * One party's 同意 / 不同意 on one draft version. `unitId` null is the office. A party may answer
 * again on the same version; its latest answer counts, its first is when it answered.
 */
export const researchApprovals = sqliteTable(
  "research_approvals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    researchId: integer("research_id").notNull().references(() => research.id),
    draftVersion: integer("draft_version").notNull(),
    unitId: integer("unit_id").references(() => units.id),
    /** 同意 | 不同意 */
    decision: text("decision").notNull(),
    opinion: text("opinion"),
    /** The ledger's day it was given (compared with the draft's `approvalsDue`). */
    on: text("on").notNull(),
    actor: text("actor").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("research_approvals_item_idx").on(t.researchId, t.draftVersion), index("research_approvals_unit_idx").on(t.unitId)],
);

export type Research = typeof research.$inferSelect;
export type ResearchDraft = typeof researchDrafts.$inferSelect;
export type ResearchApproval = typeof researchApprovals.$inferSelect;
