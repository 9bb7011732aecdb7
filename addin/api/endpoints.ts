/**
 * The endpoints the task pane uses, typed by what the worker answers. Shapes follow
 * schema/contracts and issues 2, 3 and 5; rows pass through to the workbook layer unchanged.
 */
import type { ApiClient, RequestOptions } from "./client";

export type Role = "office" | "leader" | "unit";
export type Me = { role: Role; roleName?: string; unit: string | null; label?: string | null };
export type Row = Record<string, unknown>;
export type ReportInput = { task: number; period: string; progress: string; problems: string; plan: string; unit?: string; version?: number };
export type CalendarYear = { year: number; source: string; off: string[]; work: string[] };

export const me = (api: ApiClient, o?: RequestOptions) => api.get<Me>("/api/v1/me", o);
export const tasks = (api: ApiClient, o?: RequestOptions) => api.get<{ tasks: Row[] }>("/api/v1/tasks", o).then((r) => r.tasks);
export const units = (api: ApiClient, o?: RequestOptions) => api.get<{ units: Row[] }>("/api/v1/units", o).then((r) => r.units);
export const reports = (api: ApiClient, o?: RequestOptions) => api.get<{ rows: Row[] }>("/api/v1/reports", o).then((r) => r.rows);
/** Without `limit` the worker answers the whole filtered list at once. */
export const matters = (api: ApiClient, o?: RequestOptions) => api.get<{ matters: Row[] }>("/api/v1/matters", o).then((r) => r.matters);
/** Every loaded year's arrangement. */
export const calendars = (api: ApiClient, o?: RequestOptions) => api.get<{ years: CalendarYear[] }>("/api/v1/calendar", o).then((r) => r.years);
export const summary = (api: ApiClient, year: number, o?: RequestOptions) => api.get<Row>("/api/v1/summary", { ...o, query: { year } });
export const assessment = (api: ApiClient, year: number, o?: RequestOptions) => api.get<Row>(`/api/v1/assessment/${year}`, o);

export const submitReports = (api: ApiClient, rows: ReportInput[], o?: RequestOptions) =>
  api.send<{ rows: Row[] }>("POST", "/api/v1/reports", { rows }, o).then((r) => r.rows);
export const patchMatter = (api: ApiClient, id: number, body: Row & { version: number }, o?: RequestOptions) =>
  api.send<Row>("PATCH", `/api/v1/matters/${id}`, body, o);
export const putCalendar = (api: ApiClient, year: number, body: { off: string[]; work: string[] }, o?: RequestOptions) =>
  api.send<CalendarYear & { recomputed: number }>("PUT", `/api/v1/calendar/${year}`, body, o);
