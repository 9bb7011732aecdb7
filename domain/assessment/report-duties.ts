import type { ReportReporters, ReportingCycle } from "../../schema/values";

/**
 * Who reports progress on a task and how often, as the office sets it per task: the lead unit
 * only (the default), every responsible unit, or nobody. `cycle` null follows the ledger's
 * reporting cycle.
 */
export interface ReportDuty {
  task: number;
  reporters: ReportReporters;
  cycle: ReportingCycle | null;
}

/** The duty of a task: the office's entry for it, else the lead unit at the ledger's cycle. */
export function dutyFor(task: number, duties: ReadonlyArray<ReportDuty>, cycle: ReportingCycle): { reporters: ReportDuty["reporters"]; cycle: ReportingCycle } {
  const set = duties.find((d) => d.task === task);
  return { reporters: set?.reporters ?? "lead", cycle: set?.cycle ?? cycle };
}

/**
 * The units that owe reports on a task under its duty: the lead responsibility's units (the plan's
 * first entry, a group such as 各成员单位 expanded to its members), every responsible unit, or
 * none. Returns a new list.
 */
export function reportingUnits(reporters: ReportDuty["reporters"], units: { lead: ReadonlyArray<number>; all: ReadonlyArray<number> }): number[] {
  if (reporters === "none") return [];
  return [...(reporters === "lead" ? units.lead : units.all)];
}
