/**
 * Each sheet the user submits from: how its changed rows are sent, and how the sheet is read back
 * from the server afterwards. 督办事项 and 进展报送 always report (even "no changes"); the
 * mechanism sheets (会议, 议题, 联合调研) and the registers (出庭应诉, 司法建议, 信访风险评估,
 * 危困企业名册) speak only when something was typed on them.
 */
import * as endpoints from "../api/endpoints";
import type { SyncContext } from "./context";
import { decisionRows, meetingRows, topicRows } from "./meetings-shape";
import { researchRows, taskforceLogRows, taskforceRows } from "./mechanisms-shape";
import { optional } from "./optional";
import { pushMeetings } from "./push-meetings";
import { pushMinutes } from "./push-minutes";
import { pushTaskforceLog, pushTaskforces } from "./push-taskforces";
import { pushMatters } from "./push-matters";
import { pushReports, type PushOutcome, type SheetRow } from "./push-reports";
import { pushResearch } from "./push-research";
import { pushTopics } from "./push-topics";
import { pushRegister } from "./push-registers";
import { REGISTER_SPECS } from "./register-specs";
import type { RegisterKey } from "../workbook/types";
import type { Row } from "./snapshot";
import { matterRows, reportRows, taskTitles } from "./ledger-shape";

export type PushKey = "matters" | "reports" | "meetings" | "decisions" | "topics" | "research" | "taskforces" | "taskforceLog" | RegisterKey;

type PushSheet = {
  /** `current`: every row on the sheet now (the minutes are sent whole per meeting). */
  send: (ctx: SyncContext, changed: SheetRow[], pulled: Row[], current: Row[]) => Promise<PushOutcome>;
  /**
   * The sheet's rows as the server has them now, shaped as the sheet shows them; null when the
   * server does not offer them. `onSheet`: the rows pulled and typed (what a shape may borrow, as
   * 进展报送 borrows the task titles it already shows).
   */
  fetch: (ctx: SyncContext, onSheet: Row[]) => Promise<Row[] | null>;
  /** Reports "not pulled yet" and "no changes"; the mechanism sheets stay quiet then. */
  always: boolean;
  /** `send` sends pulled rows deleted from the sheet as deletions (on the other sheets a deleted row comes back at the next pull). */
  sendsRemovals?: true;
};

const o = (ctx: SyncContext) => ({ signal: ctx.signal });

/** A register's sheet: its rows sent as register-specs.ts says (push-registers.ts). */
const register = (key: RegisterKey): PushSheet => ({
  send: (ctx, changed, pulled) => pushRegister(ctx, REGISTER_SPECS[key], changed, pulled),
  fetch: (ctx) => optional(REGISTER_SPECS[key].list(ctx.api, o(ctx))),
  always: false,
});

export const PUSH_SHEETS: Record<PushKey, PushSheet> = {
  matters: { send: pushMatters, fetch: async (ctx) => optional(endpoints.matters(ctx.api, o(ctx))).then((m) => m && matterRows(m)), always: true },
  reports: {
    send: (ctx, changed) => pushReports(ctx, changed),
    fetch: async (ctx, onSheet) => reportRows(await endpoints.reports(ctx.api, o(ctx)), taskTitles(onSheet, "taskTitle")),
    always: true,
  },
  meetings: {
    send: pushMeetings,
    sendsRemovals: true,
    fetch: async (ctx) => {
      const m = await optional(endpoints.meetings(ctx.api, o(ctx)));
      return m && meetingRows(m);
    },
    always: false,
  },
  decisions: {
    send: pushMinutes,
    sendsRemovals: true,
    fetch: async (ctx) => {
      const m = await optional(endpoints.meetings(ctx.api, o(ctx)));
      return m && decisionRows(m);
    },
    always: false,
  },
  topics: {
    send: pushTopics,
    fetch: async (ctx) => {
      const t = await optional(endpoints.topics(ctx.api, o(ctx)));
      return t && topicRows(t);
    },
    always: false,
  },
  research: {
    send: (ctx, changed) => pushResearch(ctx, changed),
    fetch: async (ctx) => {
      const r = await optional(endpoints.research(ctx.api, o(ctx)));
      return r && researchRows(r);
    },
    always: false,
  },
  taskforces: {
    send: pushTaskforces,
    fetch: async (ctx) => {
      const t = await optional(endpoints.taskforces(ctx.api, o(ctx)));
      return t && taskforceRows(t);
    },
    always: false,
  },
  taskforceLog: {
    send: pushTaskforceLog,
    fetch: async (ctx) => {
      const t = await optional(endpoints.taskforces(ctx.api, o(ctx)));
      return t && taskforceLogRows(t);
    },
    always: false,
  },
  hearings: register("hearings"),
  suggestions: register("suggestions"),
  petitionRisks: register("petitionRisks"),
  enterprises: register("enterprises"),
};

/** The order push sends the sheets in. */
export const PUSH_ORDER: readonly PushKey[] = [
  "matters",
  "reports",
  "meetings",
  "decisions",
  "topics",
  "research",
  "taskforces",
  "taskforceLog",
  "hearings",
  "suggestions",
  "petitionRisks",
  "enterprises",
];
