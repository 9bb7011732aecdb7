/**
 * The endpoints the task pane uses, typed by the server's contracts (schema/contracts, as types
 * only: the bundle carries no zod). Rows pass through to the workbook layer unchanged.
 */
import type { AdjustmentInput, AdjustmentWire, AssessmentBody, NoticeWire } from "../../schema/contracts/assessment";
import type { ExtensionDecision } from "../../schema/values";
import type { CalendarYearInput, CalendarYearSavedWire, CalendarYearWire } from "../../schema/contracts/calendar";
import type { LifecycleInput, MatterCreatedWire, MatterInputBody, MatterPatchBody, MatterWire, ReminderListWire, ReminderWire, ReviewInput } from "../../schema/contracts/matters";
import type { HistoryWire, RestoreBody } from "../../schema/contracts/history";
import type { MeWire } from "../../schema/contracts/me";
import type { AttendanceInput, MeetingInput, MeetingPatch, MeetingWire, MinutesInput, TopicDecisionInput, TopicInput, TopicWire, TurnDecisionsInput, TurnedDecisionsWire } from "../../schema/contracts/meetings";
import type { DraftWire } from "../../schema/contracts/drafts";
import type { IssuedTokenWire, PersonTokenWire, PersonWire } from "../../schema/contracts/people";
import type { ReportInputBody, ReportRow } from "../../schema/contracts/reports";
import type { ResearchApprovalInput, ResearchWire } from "../../schema/contracts/research";
import type { TaskforceInput, TaskforceLogInput, TaskforceMatterInput, TaskforceWire } from "../../schema/contracts/taskforces";
import type { SettingListSchema } from "../../schema/contracts/settings";
import type { SummaryWire } from "../../schema/contracts/summary";
import type { TaskRow } from "../../schema/contracts/tasks";
import type { UnitRow } from "../../schema/contracts/units";
import type { HearingWire } from "../../schema/contracts/hearings";
import type { SuggestionWire } from "../../schema/contracts/suggestions";
import type { PetitionRiskWire } from "../../schema/contracts/petition-risks";
import type { EnterpriseWire } from "../../schema/contracts/enterprises";
import type { z } from "@hono/zod-openapi";
import type { ApiClient, RequestOptions } from "./client";

/**
 * A body built from sheet cells: the contract's fields, each value as the user typed it (a task
 * number typed as text stays text), so the server judges it and names the bad cell.
 */
export type AsTyped<T> = { [K in keyof T]?: unknown };

export const me = (api: ApiClient, o?: RequestOptions) => api.get<MeWire>("/api/v1/me", o);
export const tasks = (api: ApiClient, o?: RequestOptions) => api.get<{ tasks: TaskRow[] }>("/api/v1/tasks", o).then((r) => r.tasks);
export const units = (api: ApiClient, o?: RequestOptions) => api.get<{ units: UnitRow[] }>("/api/v1/units", o).then((r) => r.units);
export const reports = (api: ApiClient, o?: RequestOptions) => api.get<{ rows: ReportRow[] }>("/api/v1/reports", o).then((r) => r.rows);
/** Without `limit` the worker answers the whole filtered list at once. */
export const matters = (api: ApiClient, o?: RequestOptions) => api.get<{ matters: MatterWire[] }>("/api/v1/matters", o).then((r) => r.matters);
/** 催办记录: `on` one day's, or `open` the latest of each open matter; a unit gets only its own. */
export const reminders = (api: ApiClient, query: { on?: string; open?: "true" }, o?: RequestOptions) =>
  api.get<{ reminders: ReminderWire[] }>("/api/v1/reminders", { ...o, query }).then((r) => r.reminders);
/** The same list with the office's meeting alerts (a year whose 联席会议 is past its due day and not held). */
export const remindersWithAlerts = (api: ApiClient, query: { on?: string; open?: "true" }, o?: RequestOptions) =>
  api.get<ReminderListWire>("/api/v1/reminders", { ...o, query }).then((r) => ({ reminders: r.reminders, meetingAlerts: r.meetingAlerts ?? [] }));
/** Every loaded year's arrangement. */
export const calendars = (api: ApiClient, o?: RequestOptions) => api.get<{ years: CalendarYearWire[] }>("/api/v1/calendar", o).then((r) => r.years);
export const summary = (api: ApiClient, year: number, o?: RequestOptions) => api.get<SummaryWire>("/api/v1/summary", { ...o, query: { year } });
export const assessment = (api: ApiClient, year: number, o?: RequestOptions) => api.get<AssessmentBody>(`/api/v1/assessment/${year}`, o);
/** GET /api/v1/settings: every setting with the value in force (everyone reads them). */
export const settings = (api: ApiClient, o?: RequestOptions) =>
  api.get<z.infer<typeof SettingListSchema>>("/api/v1/settings", o).then((r) => r.settings);

export const submitReports = (api: ApiClient, rows: ReportInputBody[], o?: RequestOptions) =>
  api.send<{ rows: ReportRow[] }>("POST", "/api/v1/reports", { rows }, o).then((r) => r.rows);
export const createMatter = (api: ApiClient, body: AsTyped<MatterInputBody>, o?: RequestOptions) =>
  api.send<MatterCreatedWire>("POST", "/api/v1/matters", body, o);
export const patchMatter = (api: ApiClient, id: number, body: AsTyped<MatterPatchBody> & { version: number }, o?: RequestOptions) =>
  api.send<MatterWire>("PATCH", `/api/v1/matters/${id}`, body, o);
export const putCalendar = (api: ApiClient, year: number, body: Pick<CalendarYearInput, "off" | "work">, o?: RequestOptions) =>
  api.send<CalendarYearSavedWire>("PUT", `/api/v1/calendar/${year}`, body, o);

/** Every change of one matter or report, oldest first (404 when the caller may not see it). */
export const rowHistory = (api: ApiClient, sheet: "matters" | "reports", id: number, o?: RequestOptions) =>
  api.get<HistoryWire>(`/api/v1/${sheet}/${id}/history`, o);
/** The office restores a row's fields as they stood right after one change (a new change of its own). */
export const restoreRow = (api: ApiClient, sheet: "matters" | "reports", id: number, body: RestoreBody, o?: RequestOptions) =>
  api.send<unknown>("POST", `/api/v1/${sheet}/${id}/restore`, body, o);
/** Matters waiting for the office's review (待审核), oldest settlement questions first as listed. */
export const mattersAwaitingReview = (api: ApiClient, o?: RequestOptions) =>
  api.get<{ matters: MatterWire[] }>("/api/v1/matters", { ...o, query: { ...o?.query, status: "待审核" } }).then((r) => r.matters);
export const reviewMatter = (api: ApiClient, id: number, body: ReviewInput, o?: RequestOptions) =>
  api.send<MatterWire>("POST", `/api/v1/matters/${id}/review`, body, o);
export const people = (api: ApiClient, o?: RequestOptions) => api.get<{ people: PersonWire[] }>("/api/v1/people", o).then((r) => r.people);
export const personTokens = (api: ApiClient, person: number, o?: RequestOptions) =>
  api.get<{ tokens: PersonTokenWire[] }>(`/api/v1/people/${person}/tokens`, o).then((r) => r.tokens);
/** The answer carries the secret this once. */
export const issueToken = (api: ApiClient, person: number, label: string | undefined, o?: RequestOptions) =>
  api.send<IssuedTokenWire>("POST", `/api/v1/people/${person}/tokens`, label ? { label } : {}, o);
export const revokeToken = (api: ApiClient, token: number, o?: RequestOptions) => api.send<PersonTokenWire>("DELETE", `/api/v1/tokens/${token}`, undefined, o);

/** Joint research items (联合调研) and task forces (专班) the caller may see. */
export const research = (api: ApiClient, o?: RequestOptions) => api.get<{ research: ResearchWire[] }>("/api/v1/research", o).then((r) => r.research);
export const taskforces = (api: ApiClient, o?: RequestOptions) => api.get<{ taskforces: TaskforceWire[] }>("/api/v1/taskforces", o).then((r) => r.taskforces);
/** The four registers: the worker answers a unit only its own rows. */
export const hearings = (api: ApiClient, o?: RequestOptions) => api.get<{ hearings: HearingWire[] }>("/api/v1/hearings", o).then((r) => r.hearings);
export const suggestions = (api: ApiClient, o?: RequestOptions) => api.get<{ suggestions: SuggestionWire[] }>("/api/v1/suggestions", o).then((r) => r.suggestions);
export const petitionRisks = (api: ApiClient, o?: RequestOptions) => api.get<{ risks: PetitionRiskWire[] }>("/api/v1/petition-risks", o).then((r) => r.risks);
export const enterprises = (api: ApiClient, o?: RequestOptions) => api.get<{ enterprises: EnterpriseWire[] }>("/api/v1/enterprises", o).then((r) => r.enterprises);
/** Meetings the caller may see (a unit: those it is invited to), with attendance, agenda and minutes. */
export const meetings = (api: ApiClient, o?: RequestOptions) => api.get<{ meetings: MeetingWire[] }>("/api/v1/meetings", o).then((r) => r.meetings);
/** Topics the caller may see (a unit: its own and the agenda of meetings it is invited to). */
export const topics = (api: ApiClient, o?: RequestOptions) => api.get<{ topics: TopicWire[] }>("/api/v1/topics", o).then((r) => r.topics);
/** The office turns chosen decisions of a meeting's minutes into matters, in one call. */
export const turnDecisions = (api: ApiClient, meeting: number, body: TurnDecisionsInput, o?: RequestOptions) =>
  api.send<TurnedDecisionsWire>("POST", `/api/v1/meetings/${meeting}/matters`, body, o);

/** A register row as the server answers a write (the wire row of the register). */
export type RegisterWritten = Record<string, unknown> & { id: number; version: number };
/** One write of a register (`path` under /api/v1): a new row, a correction, a reply, a review or an action. */
export const sendRegister = (api: ApiClient, method: "POST" | "PATCH", path: string, body: Record<string, unknown>, o?: RequestOptions) =>
  api.send<RegisterWritten>(method, `/api/v1/${path}`, body, o);
/** The office records how invited units attended one meeting (all rows or none). */
export const putAttendance = (api: ApiClient, meeting: number, body: { rows: AsTyped<AttendanceInput["rows"][number]>[] }, o?: RequestOptions) =>
  api.send<MeetingWire>("PUT", `/api/v1/meetings/${meeting}/attendance`, body, o);
/** The office records a meeting and the units invited. */
export const createMeeting = (api: ApiClient, body: AsTyped<MeetingInput>, o?: RequestOptions) => api.send<MeetingWire>("POST", "/api/v1/meetings", body, o);
/** The office corrects a meeting's own fields, from the version read. */
export const patchMeeting = (api: ApiClient, id: number, body: AsTyped<MeetingPatch> & { version: number }, o?: RequestOptions) =>
  api.send<MeetingWire>("PATCH", `/api/v1/meetings/${id}`, body, o);
/** The office records (or replaces) a meeting's minutes, the whole decision list at once. */
export const putMinutes = (api: ApiClient, id: number, body: AsTyped<Omit<MinutesInput, "decisions">> & { decisions: AsTyped<MinutesInput["decisions"][number]>[] }, o?: RequestOptions) =>
  api.send<MeetingWire>("PUT", `/api/v1/meetings/${id}/minutes`, body, o);
/** The office removes a meeting's minutes (its last 会议决定 row deleted on the sheet). */
export const deleteMinutes = (api: ApiClient, id: number, o?: RequestOptions) => api.send<MeetingWire>("DELETE", `/api/v1/meetings/${id}/minutes`, undefined, o);
/** The office sets up a task force. */
export const createTaskforce = (api: ApiClient, body: AsTyped<TaskforceInput>, o?: RequestOptions) => api.send<TaskforceWire>("POST", "/api/v1/taskforces", body, o);
/** A meeting or action in a task force's log. */
export const logTaskforce = (api: ApiClient, id: number, body: AsTyped<TaskforceLogInput>, o?: RequestOptions) =>
  api.send<TaskforceWire>("POST", `/api/v1/taskforces/${id}/log`, body, o);
/** The office ends a task force (已结束), from the version read. */
/** A matter the task force hands out (source 专班, its name as the source reference). */
export const createTaskforceMatter = (api: ApiClient, id: number, body: AsTyped<TaskforceMatterInput>, o?: RequestOptions) =>
  api.send<MatterCreatedWire>("POST", `/api/v1/taskforces/${id}/matters`, body, o);

export const endTaskforce = (api: ApiClient, id: number, body: { version: number; note?: string }, o?: RequestOptions) =>
  api.send<TaskforceWire>("POST", `/api/v1/taskforces/${id}/end`, body, o);
/** A unit proposes a topic (议题), for a meeting or none. */
export const proposeTopic = (api: ApiClient, body: AsTyped<TopicInput>, o?: RequestOptions) => api.send<TopicWire>("POST", "/api/v1/topics", body, o);
/** The office puts a topic on a meeting's agenda or declines it with a reason. */
export const decideTopic = (api: ApiClient, topic: number, body: AsTyped<TopicDecisionInput>, o?: RequestOptions) =>
  api.send<TopicWire>("POST", `/api/v1/topics/${topic}/decision`, body, o);
/** A party of a joint research item answers the draft version it read. */
export const approveResearch = (api: ApiClient, item: number, body: AsTyped<ResearchApprovalInput>, o?: RequestOptions) =>
  api.send<ResearchWire>("POST", `/api/v1/research/${item}/approvals`, body, o);
/** The caller's unit's drafts (草稿) not yet submitted, newest first; and whether sign-off is on. */
export const openDrafts = (api: ApiClient, o?: RequestOptions) =>
  api.get<{ drafts: DraftWire[] }>("/api/v1/drafts", { ...o, query: { ...o?.query, status: "草稿" } }).then((r) => r.drafts);
export const signOff = (api: ApiClient, o?: RequestOptions) => api.get<{ enabled: boolean }>("/api/v1/sign-off", o).then((r) => r.enabled);
/** The unit's 联络员 submits a draft (报送); its author or he deletes one. */
export const submitDraft = (api: ApiClient, id: number, version: number, o?: RequestOptions) =>
  api.send<DraftWire>("POST", `/api/v1/drafts/${id}/submit`, { version }, o);
export const deleteDraft = (api: ApiClient, id: number, o?: RequestOptions) => api.send<DraftWire>("DELETE", `/api/v1/drafts/${id}`, undefined, o);
/** One matter as the server has it now (404 when the caller may not see it). */
export const matter = (api: ApiClient, id: number, o?: RequestOptions) => api.get<MatterWire>(`/api/v1/matters/${id}`, o);
/** The office approves (批准) or refuses (驳回, with a reason) a pending extension request. */
export const decideExtension = (api: ApiClient, id: number, ext: number, body: { version: number; decision: ExtensionDecision; note?: string }, o?: RequestOptions) =>
  api.send<MatterWire>("PATCH", `/api/v1/matters/${id}/extensions/${ext}`, body, o);
/** The office cancels (撤销) an open matter, with a reason. */
export const cancelMatter = (api: ApiClient, id: number, body: LifecycleInput, o?: RequestOptions) =>
  api.send<MatterWire>("POST", `/api/v1/matters/${id}/cancel`, body, o);
/** The office records a 通报表扬 / 问责 / 一票否决 for a unit in `year`. */
export const recordAdjustment = (api: ApiClient, year: number, body: AdjustmentInput, o?: RequestOptions) =>
  api.send<AdjustmentWire>("POST", `/api/v1/assessment/${year}/adjustments`, body, o);
/** The draft year-end 通报 from the year's results. */
export const notice = (api: ApiClient, year: number, o?: RequestOptions) => api.get<NoticeWire>(`/api/v1/assessment/${year}/notice`, o);
