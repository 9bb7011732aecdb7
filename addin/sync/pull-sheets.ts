/**
 * The sheets of a pull, in the order they are written, each with how its rows are shaped from what
 * was downloaded (pull-sources.ts): `rows` null when the resource it needs is not offered, `officeOnly`
 * for the sheets a unit's pull leaves out. Also the dropdown lists every sheet shares.
 */
import { buildWorkCalendar } from "../../domain/calendar";
import { openPeriods, periodLabel } from "../../domain/assessment";
import type { SheetKey, ValidationLists } from "../workbook/types";
import { tasksOfUnit, validationLists } from "./shape";
import { matterRows, reportRows, taskTitles } from "./ledger-shape";
import { cyclesInUse, reportingSettings, taskProgressRows } from "./task-progress";
import { researchRows, taskforceLogRows, taskforceRows } from "./mechanisms-shape";
import { calendarRows } from "./calendar-shape";
import { enterpriseRows, petitionRiskRows } from "./register-rows";
import { decisionRows, meetingRows, topicRows } from "./meetings-shape";
import type { Downloaded } from "./pull-sources";
import type { Row } from "./snapshot";

/** What a pull shapes its sheets from: the downloads, whose pull it is, and the ledger's day. */
export type Pulling = { d: Downloaded; scope: "all" | "own"; unit: string | null; today: string };

type PullSheet = { key: SheetKey; officeOnly?: true; rows: (p: Pulling) => Row[] | null };

/** The tasks a pull shows: a unit's pull only the tasks it answers for (named directly or through a group). */
const ownTasks = ({ d, scope, unit }: Pulling) => (scope === "own" && unit ? tasksOfUnit(d.tasks, d.units, unit) : d.tasks);

/** 重点工作: each task with its progress this period, from the reports and matters downloaded. */
function taskSheet(p: Pulling): Row[] {
  const { d, scope, unit, today } = p;
  const { cycle, duties } = reportingSettings(d.settings);
  const calendar = buildWorkCalendar([...(d.years ?? [])]);
  const onlyUnit = scope === "own" ? (unit ?? undefined) : undefined;
  return taskProgressRows(ownTasks(p), { units: d.units, reports: d.reports, matters: d.matters, cycle, duties, calendar, today, onlyUnit });
}

export const PULL_SHEETS: readonly PullSheet[] = [
  { key: "tasks", rows: taskSheet },
  { key: "units", officeOnly: true, rows: ({ d }) => d.units },
  { key: "matters", rows: ({ d }) => d.matters && matterRows(d.matters) },
  { key: "reports", rows: ({ d }) => reportRows(d.reports, taskTitles(d.tasks, "title")) },
  { key: "calendar", officeOnly: true, rows: ({ d }) => d.years && calendarRows(d.years) },
  { key: "meetings", rows: ({ d }) => d.meetings && meetingRows(d.meetings) },
  { key: "topics", rows: ({ d }) => d.topics && topicRows(d.topics) },
  { key: "decisions", rows: ({ d }) => d.meetings && decisionRows(d.meetings) },
  // The server answers a unit only the items it takes part in.
  // The registers are edited on their sheets (snapshot + merge as 督办事项); a unit sees its own rows.
  { key: "research", rows: ({ d }) => d.research && researchRows(d.research) },
  { key: "taskforces", rows: ({ d }) => d.taskforces && taskforceRows(d.taskforces) },
  { key: "taskforceLog", rows: ({ d }) => d.taskforces && taskforceLogRows(d.taskforces) },
  { key: "hearings", rows: ({ d }) => d.hearings },
  { key: "suggestions", rows: ({ d }) => d.suggestions },
  { key: "petitionRisks", rows: ({ d }) => d.risks && petitionRiskRows(d.risks) },
  { key: "enterprises", rows: ({ d }) => d.enterprises && enterpriseRows(d.enterprises) },
];

/** The dropdowns: tasks and units (a unit's pull only its own unit), meetings, running task forces, open periods. */
export function pullLists(p: Pulling): ValidationLists {
  const { d, scope, unit, today } = p;
  const lists: ValidationLists = validationLists(ownTasks(p), d.units);
  if (scope === "own" && unit) lists.units = [unit];
  if (d.meetings) lists.meetings = d.meetings.map((m) => m.id);
  if (d.taskforces) lists.taskforces = d.taskforces.filter((t) => t.status === "运行中").map((t) => t.name);
  const { cycle, duties } = reportingSettings(d.settings);
  lists.periods = openPeriods(today, cyclesInUse(cycle, duties)).map(periodLabel);
  return lists;
}
