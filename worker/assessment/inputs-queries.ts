import type { Count, RecordedAdjustment, UnitCounts } from "../../domain/assessment";
import type { Db } from "../platform/db";
import { loadDirectory } from "../platform/directory";
import { loadTasks, responsibleByTask } from "../tasks/tasks-queries";
import { readSetting } from "../platform/settings";
import { loadWorkCalendar } from "../calendar/calendar-queries";
import { countFirstPasses, countMatters } from "./matter-counts";
import { countReports } from "./report-counts";
import { listAdjustments } from "./adjustments-queries";

/**
 * The indicator keys the ledger can count. A scheme may only use these; a new indicator
 * (meeting attendance, court appearances …) is a new counter added here, never a core change.
 */
export const countedIndicators = {
  leadMatters: "牵头事项：截止日在本年度且已办结或已逾期的事项中，按期办结的件数",
  coMatters: "协办事项：同上，本单位为协办单位",
  reports: "进展报送：本年度已到报送截止日的每项任务每期一次，截止日前报送的次数",
  firstPassMatters: "牵头事项审核：截止日在本年度且经办公室审核办结的事项中，未被退回（退回次数为 0）的件数",
} as const;

/**
 * Everything scoring needs for year Y as plain data: per unit (by name) the counts of every
 * indicator, and the recorded adjustments. Units scored: the members plus any unit with events
 * (a count with a denominator) or with an adjustment, in the plan's order. `lastAdjustmentId`
 * lets a close check that no adjustment arrived after these figures were computed.
 */
export async function loadAssessmentInputs(db: Db, year: number, today: string) {
  const [directory, tasks, cycle, cal, adjustments] = await Promise.all([
    loadDirectory(db),
    loadTasks(db),
    readSetting(db, "reportingCycle"),
    loadWorkCalendar(db),
    listAdjustments(db, year),
  ]);
  const [matterCounts, firstPasses, reportCounts] = await Promise.all([
    countMatters(db, year, today),
    countFirstPasses(db, year),
    countReports(db, { year, today, cycle, cal, responsible: responsibleByTask(tasks, directory) }),
  ]);
  const byKey: Record<keyof typeof countedIndicators, Map<number, Count>> = {
    leadMatters: matterCounts.lead,
    coMatters: matterCounts.co,
    reports: reportCounts,
    firstPassMatters: firstPasses,
  };
  const adjusted = new Set(adjustments.map((a) => a.unitId));
  const units: UnitCounts[] = [];
  for (const u of directory.units) {
    const counts: Record<string, Count> = {};
    for (const [key, map] of Object.entries(byKey)) {
      const c = map.get(u.id);
      if (c && c.denominator > 0) counts[key] = c;
    }
    if (u.member || adjusted.has(u.id) || Object.keys(counts).length > 0) units.push({ unit: u.name, counts });
  }
  const recorded: RecordedAdjustment[] = adjustments.map((a) => ({ unit: a.unit, kind: a.kind, reason: a.reason, date: a.date }));
  const lastAdjustmentId = adjustments.reduce((max, a) => Math.max(max, a.id), 0);
  return { units, adjustments: recorded, lastAdjustmentId };
}
