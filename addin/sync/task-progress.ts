/**
 * 重点工作 as the office reads it: per task, the latest period whose reports are due, the reports
 * received of those owed and the units still missing, the task's open and overdue matters, and a
 * status at a glance. Computed from what a pull downloads (tasks, units, reports, matters, the
 * settings and the holiday calendar). Unit names are the canonical ones, with the name the plan
 * wrote kept beside where it differs. Pure, no Office.
 */
import { dutyFor, type ReportDuty } from "../../domain/assessment/report-duties";
import { periodsDueBy } from "../../domain/assessment/report-due";
import type { WorkCalendar } from "../../domain/calendar";
import type { MatterWire } from "../../schema/contracts/matters";
import type { ReportRow } from "../../schema/contracts/reports";
import type { TaskRow } from "../../schema/contracts/tasks";
import type { UnitRow } from "../../schema/contracts/units";
import type { ReportingCycle } from "../../schema/values";
import type { Row } from "./snapshot";

export interface ProgressInput {
  units: readonly UnitRow[];
  reports: readonly ReportRow[];
  matters: readonly MatterWire[] | null;
  cycle: ReportingCycle;
  duties: readonly ReportDuty[];
  calendar: WorkCalendar;
  /** YYYY-MM-DD, China time. */
  today: string;
  /** A unit's pull: only its own reports come down, so only its own duty is judged. */
  onlyUnit?: string;
}

type Entry = TaskRow["units"][number];

/** The canonical units an entry stands for: a group (各成员单位) is its members. */
function expand(entry: Entry, units: readonly UnitRow[]): string[] {
  return entry.group ? units.filter((u) => u.groups.includes(entry.unit)).map((u) => u.name) : [entry.unit];
}

/** The latest period of the task's cycle whose reports are due by today (this year, else last year). */
function latestDue(cycle: ReportingCycle, input: ProgressInput): string | null {
  const year = Number(input.today.slice(0, 4));
  const due = [...periodsDueBy(year - 1, cycle, input.calendar, input.today), ...periodsDueBy(year, cycle, input.calendar, input.today)];
  return due.at(-1)?.period ?? null;
}

/** The plan's names that differ from the canonical one: 县经信局 → 县科商经信局. */
export const writtenNames = (task: TaskRow): string[] => task.units.filter((u) => u.name !== u.unit).map((u) => `${u.name} → ${u.unit}`);

/** One 重点工作 row with its progress. */
export function taskProgressRow(task: TaskRow, input: ProgressInput): Row {
  const duty = dutyFor(task.no, input.duties, input.cycle);
  const lead = task.units.find((u) => u.lead);
  const entries = duty.reporters === "none" ? [] : duty.reporters === "lead" ? (lead ? [lead] : []) : task.units;
  const mine = [...new Set(entries.flatMap((e) => expand(e, input.units)))].filter((u) => !input.onlyUnit || u === input.onlyUnit);
  const period = duty.reporters === "none" ? null : latestDue(duty.cycle, input);
  const received = new Set(input.reports.filter((r) => r.task === task.no && r.period === period).map((r) => r.unit));
  const missing = period ? mine.filter((u) => !received.has(u)) : [];
  // A group none of whose members reported reads as the group, not as 27 names.
  const silentGroups = entries.filter((e) => e.group && expand(e, input.units).length > 1 && expand(e, input.units).every((u) => missing.includes(u)));
  const grouped = new Set(silentGroups.flatMap((e) => expand(e, input.units)));
  const shownMissing = [...silentGroups.map((e) => `${e.unit}（${expand(e, input.units).length} 家均未报）`), ...missing.filter((u) => !grouped.has(u))];
  const matters = (input.matters ?? []).filter((m) => m.task === task.no);
  const open = matters.filter((m) => m.status === "办理中" || m.status === "待审核").length;
  const overdue = matters.filter((m) => m.state === "逾期").length;
  const flags = [...(overdue > 0 ? ["有逾期"] : []), ...(missing.length > 0 ? ["缺报"] : [])];
  return {
    no: task.no,
    domain: task.domain,
    title: task.title,
    text: task.text,
    lead: lead?.unit ?? "",
    units: task.units.map((u) => u.unit),
    written: writtenNames(task),
    status: flags.length ? flags.join("、") : "正常",
    period,
    reported: duty.reporters === "none" ? "不需报送" : `${mine.length - missing.length}/${mine.length}`,
    missing: shownMissing,
    openMatters: input.matters ? open : null,
    overdueMatters: input.matters ? overdue : null,
  };
}

export const taskProgressRows = (tasks: readonly TaskRow[], input: ProgressInput): Row[] => tasks.map((t) => taskProgressRow(t, input));

/** The ledger's reporting cycle and the per-task duties from GET /api/v1/settings (defaults when absent). */
export function reportingSettings(settings: readonly { key: string; value: unknown }[] | null): { cycle: ReportingCycle; duties: ReportDuty[] } {
  const value = (key: string) => settings?.find((s) => s.key === key)?.value;
  const cycle = value("reportingCycle") === "monthly" ? "monthly" : "quarterly";
  const duties = Array.isArray(value("reportDuties")) ? (value("reportDuties") as ReportDuty[]) : [];
  return { cycle, duties };
}

/** Every cycle in use: the ledger's and each task's own. */
export const cyclesInUse = (cycle: ReportingCycle, duties: readonly ReportDuty[]): ReportingCycle[] => [
  ...new Set([cycle, ...duties.map((d) => d.cycle).filter((c): c is ReportingCycle => c !== null)]),
];
