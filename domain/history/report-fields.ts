import { fieldsAfter, type Pick } from "./fields-after";
import type { LogLine } from "./log-line";

/** What the office restores of a report: its text. The unit, task, period and submission day stay. */
export interface ReportFields {
  progress: string;
  problems: string;
  plan: string;
}

const names = ["progress", "problems", "plan"] as const;

const pick: Pick<ReportFields> = (side) =>
  Object.fromEntries(names.filter((n) => typeof side[n] === "string").map((n) => [n, side[n]]));

const complete = (v: Partial<ReportFields>): v is ReportFields => names.every((n) => typeof v[n] === "string");

/** A report's text right after change `changeId` of its log lines (see `fieldsAfter`). */
export const reportFieldsAfter = (lines: ReadonlyArray<LogLine>, changeId: number) => fieldsAfter(lines, changeId, pick, complete);
