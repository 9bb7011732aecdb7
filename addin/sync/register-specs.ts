/**
 * What each register's sheet sends, as data: the sheet columns a new row posts, those a correction
 * patches (with the version read), and the follow-up write some rows carry (a 司法建议's reply, an
 * enterprise's review, a petition-risk case's new action). Sheet columns are named by their layout
 * key; `wire` renames the few whose field differs on the wire (研判日期 is `reviewedOn`).
 */
import type { EnterpriseWire } from "../../schema/contracts/enterprises";
import type { PetitionRiskWire } from "../../schema/contracts/petition-risks";
import * as endpoints from "../api/endpoints";
import type { RequestOptions, ApiClient } from "../api/client";
import type { RegisterKey } from "../workbook/types";
import { enterpriseRows, petitionRiskRows } from "./register-rows";
import type { Row } from "./snapshot";

export type FollowUp = {
  /** Sheet columns sent whole whenever one of them changed (or is filled on a new row, with `onCreate`). */
  fields: readonly string[];
  path: (id: number) => string;
  /** Carries the version read (a reply, a review); an action is only added. */
  versioned: boolean;
  onCreate: boolean;
};

export type RegisterSpec = {
  key: RegisterKey;
  /** The resource under /api/v1. */
  path: string;
  /** What the pane's progress calls one row. */
  noun: string;
  create: readonly string[];
  patch: readonly string[];
  follow?: FollowUp;
  /** Sheet column -> wire field, where they differ. */
  wire?: Readonly<Record<string, string>>;
  /** The column a refusal naming no column marks. */
  fallback: string;
  /** A wire row (a write's answer, a conflict's current row) as the sheet shows it. */
  toRow: (wire: Record<string, unknown>) => Row;
  list: (api: ApiClient, o: RequestOptions) => Promise<Row[]>;
};

const asIs = (wire: Record<string, unknown>): Row => wire;

export const REGISTER_SPECS: Readonly<Record<RegisterKey, RegisterSpec>> = {
  hearings: {
    key: "hearings",
    path: "hearings",
    noun: "出庭记录",
    create: ["caseNo", "court", "hearingOn", "agency", "headRequired", "appeared", "headSpoke", "note"],
    patch: ["caseNo", "court", "hearingOn", "agency", "headRequired", "appeared", "headSpoke", "note"],
    fallback: "caseNo",
    toRow: asIs,
    list: (api, o) => endpoints.hearings(api, o),
  },
  suggestions: {
    key: "suggestions",
    path: "suggestions",
    noun: "司法建议",
    create: ["no", "issuedOn", "addressee", "subject", "kind", "replyDays"],
    patch: ["no", "issuedOn", "addressee", "subject", "kind", "replyDays"],
    follow: { fields: ["repliedOn", "adoption", "reply", "reason"], path: (id) => `suggestions/${id}/reply`, versioned: true, onCreate: true },
    fallback: "no",
    toRow: asIs,
    list: (api, o) => endpoints.suggestions(api, o),
  },
  petitionRisks: {
    key: "petitionRisks",
    path: "petition-risks",
    noun: "风险评估",
    create: ["caseNo", "agency", "grade", "assessedOn", "plan", "liaison", "status"],
    patch: ["caseNo", "agency", "grade", "assessedOn", "plan", "liaison", "status"],
    follow: { fields: ["actionOn", "action"], path: (id) => `petition-risks/${id}/actions`, versioned: false, onCreate: true },
    wire: { actionOn: "doneOn" },
    fallback: "caseNo",
    toRow: (w) => petitionRiskRows([w as PetitionRiskWire])[0]!,
    list: async (api, o) => petitionRiskRows(await endpoints.petitionRisks(api, o)),
  },
  enterprises: {
    key: "enterprises",
    path: "enterprises",
    noun: "危困企业",
    create: ["name", "level", "measures", "units", "lastReviewedOn", "lastNote"],
    patch: ["name", "measures", "units"],
    follow: { fields: ["level", "lastReviewedOn", "lastNote"], path: (id) => `enterprises/${id}/reviews`, versioned: true, onCreate: false },
    wire: { lastReviewedOn: "reviewedOn", lastNote: "note" },
    fallback: "name",
    toRow: (w) => enterpriseRows([w as EnterpriseWire])[0]!,
    list: async (api, o) => enterpriseRows(await endpoints.enterprises(api, o)),
  },
};

/** The sheet column a refusal's wire column names: `reviewedOn` -> 研判日期, `units.2` -> 责任单位. */
export function sheetColumn(spec: RegisterSpec, wireColumn: string): string {
  const field = wireColumn.replace(/\.\d+$/, "");
  return Object.entries(spec.wire ?? {}).find(([, w]) => w === field)?.[0] ?? field;
}
