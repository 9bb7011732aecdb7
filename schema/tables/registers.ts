import { integer, primaryKey, sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import { units } from "./units";
import { createdAt, updatedAt } from "./columns";

// The four registers the plan's tasks name (8, 11/29, 12, 25). Days are `YYYY-MM-DD` text;
// a row that is edited carries `version`, bumped by every change (409 on a stale one).

/** 行政机关负责人出庭应诉 (task 8): one administrative case's hearing and who appeared for the agency. */
export const hearings = sqliteTable(
  "hearings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    caseNo: text("case_no").notNull(),
    court: text("court").notNull(),
    hearingOn: text("hearing_on").notNull(),
    agencyId: integer("agency_id").notNull().references(() => units.id),
    headRequired: integer("head_required", { mode: "boolean" }).notNull(),
    /** `hearingAppearances` in values. */
    appeared: text("appeared").notNull(),
    /** 出庭要出声: the head who appeared spoke in court; null when no head appeared. */
    headSpoke: integer("head_spoke", { mode: "boolean" }),
    note: text("note"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("hearings_agency_idx").on(t.agencyId, t.hearingOn)],
);

/** A 约谈 of an agency whose head should have appeared and did not. */
export const hearingInterviews = sqliteTable(
  "hearing_interviews",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    agencyId: integer("agency_id").notNull().references(() => units.id),
    heldOn: text("held_on").notNull(),
    /** Who held it and who was talked to, as the office writes it. */
    who: text("who").notNull(),
    outcome: text("outcome").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("hearing_interviews_agency_idx").on(t.agencyId, t.heldOn)],
);

/** 司法建议 (tasks 11, 29): issued by the court to a unit, and the unit's reply. */
export const suggestions = sqliteTable(
  "suggestions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** The letter's number (文号), e.g. （2026）皖1524司建1号. */
    no: text("no").notNull().unique(),
    issuedOn: text("issued_on").notNull(),
    addresseeId: integer("addressee_id").notNull().references(() => units.id),
    subject: text("subject").notNull(),
    /** `suggestionKinds` in values. */
    kind: text("kind").notNull(),
    /** Calendar days the addressee has to reply (the setting `suggestionReplyDays` unless given). */
    replyDays: integer("reply_days").notNull(),
    replyBy: text("reply_by").notNull(),
    repliedOn: text("replied_on"),
    /** `suggestionAdoptions` in values; null until replied. */
    adoption: text("adoption"),
    reply: text("reply"),
    /** Why not (required when 未采纳). */
    reason: text("reason"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("suggestions_addressee_idx").on(t.addresseeId, t.issuedOn)],
);

/** 涉诉信访风险评估 (task 12): an administrative case's petition risk and the plan of response. */
export const petitionRisks = sqliteTable(
  "petition_risks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    caseNo: text("case_no").notNull(),
    agencyId: integer("agency_id").notNull().references(() => units.id),
    /** `riskGrades` in values. */
    grade: text("grade").notNull(),
    assessedOn: text("assessed_on").notNull(),
    plan: text("plan").notNull(),
    /** Who (at the court) communicates with the agency's head. */
    liaison: text("liaison").notNull(),
    /** `petitionRiskStatuses` in values. */
    status: text("status").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("petition_risks_agency_idx").on(t.agencyId), index("petition_risks_open_idx").on(t.status, t.grade)],
);

/** One thing done on a petition-risk case (解释说明, 诉前疏导, 判后答疑 …), with its day. */
export const petitionRiskActions = sqliteTable(
  "petition_risk_actions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    riskId: integer("risk_id").notNull().references(() => petitionRisks.id),
    doneOn: text("done_on").notNull(),
    action: text("action").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("petition_risk_actions_risk_idx").on(t.riskId, t.doneOn)],
);

/** 危困企业动态名册 (task 25): an enterprise, its current level and the measures proposed. */
export const enterprises = sqliteTable("enterprises", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull().unique(),
  /** `enterpriseRiskLevels` in values: the level of the latest review. */
  level: text("level").notNull(),
  /** `enterpriseMeasures` in values. */
  measures: text("measures", { mode: "json" }).$type<string[]>().notNull(),
  note: text("note"),
  version: integer("version").notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** The units responsible for an enterprise (they see it and record its reviews). */
export const enterpriseUnits = sqliteTable(
  "enterprise_units",
  {
    enterpriseId: integer("enterprise_id").notNull().references(() => enterprises.id),
    unitId: integer("unit_id").notNull().references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.unitId] }), index("enterprise_units_unit_idx").on(t.unitId)],
);

/** A review of an enterprise (date, level, note): the register shows how each one moved. */
export const enterpriseReviews = sqliteTable(
  "enterprise_reviews",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    enterpriseId: integer("enterprise_id").notNull().references(() => enterprises.id),
    reviewedOn: text("reviewed_on").notNull(),
    level: text("level").notNull(),
    note: text("note").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("enterprise_reviews_enterprise_idx").on(t.enterpriseId, t.reviewedOn)],
);

export type Hearing = typeof hearings.$inferSelect;
export type Suggestion = typeof suggestions.$inferSelect;
export type PetitionRisk = typeof petitionRisks.$inferSelect;
export type Enterprise = typeof enterprises.$inferSelect;
