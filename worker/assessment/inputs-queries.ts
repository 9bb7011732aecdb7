import { assessmentStart, type Count, type RecordedAdjustment, type UnitCounts } from "../../domain/assessment";
import type { Db } from "../platform/db";
import { loadDirectory, type Directory } from "../platform/directory";
import { loadTasks } from "../tasks/tasks-queries";
import { readSetting } from "../platform/settings";
import { loadWorkCalendar } from "../calendar/calendar-queries";
import { listAdjustments } from "./adjustments-queries";
import { counters, type CountContext } from "./indicators";

export { availableIndicators, countedKeys } from "./indicators";

/**
 * The unit ids assessed in year Y: the office's set for the year when it set one, else the
 * joint meeting's members.
 */
export function assessedSet(directory: Directory, year: number, sets: ReadonlyArray<{ year: number; units: string[] }>): Set<number> {
  const chosen = sets.find((s) => s.year === year);
  const ids = chosen ? directory.units.filter((u) => chosen.units.includes(u.name)) : directory.units.filter((u) => u.member);
  return new Set(ids.map((u) => u.id));
}

/**
 * Everything scoring needs for year Y as plain data: per unit (by name) the counts of the
 * indicators `keys` names (a scheme's keys; absent: every indicator), whether it is assessed, and
 * the recorded adjustments. Only those counters run, each once. Units listed: the assessed set
 * plus any other unit with events (a count with a denominator) or with an adjustment, in the
 * plan's order; `unitsFor(keys)` lists them for a subset of the keys counted (one scheme version
 * of several). Nothing due before the year's assessment start counts. `lastAdjustmentId` lets a
 * close check that no adjustment arrived after these figures were computed.
 */
export async function loadAssessmentInputs(db: Db, year: number, today: string, keys?: Iterable<string>) {
  const [directory, tasks, cycle, cal, adjustments, goLive, duties, sets] = await Promise.all([
    loadDirectory(db),
    loadTasks(db),
    readSetting(db, "reportingCycle"),
    loadWorkCalendar(db),
    listAdjustments(db, year),
    readSetting(db, "assessmentStart"),
    readSetting(db, "reportDuties"),
    readSetting(db, "assessedUnits"),
  ]);
  const loads = new Map<string, Promise<unknown>>();
  const ctx: CountContext = {
    db,
    year,
    today,
    start: assessmentStart(year, goLive),
    cal,
    cycle,
    duties,
    tasks,
    directory,
    once: <T>(name: string, load: () => Promise<T>) => {
      if (!loads.has(name)) loads.set(name, load());
      return loads.get(name) as Promise<T>;
    },
  };
  const wanted = keys === undefined ? null : new Set(keys);
  const running = counters.filter((c) => wanted === null || wanted.has(c.key));
  const counted = await Promise.all(running.map(async (c) => [c.key, await c.count(ctx)] as const));
  const assessed = assessedSet(directory, year, sets);
  const adjusted = new Set(adjustments.map((a) => a.unitId));
  const unitsFor = (only: Iterable<string>): UnitCounts[] => {
    const set = new Set(only);
    const maps = counted.filter(([key]) => set.has(key));
    return directory.units.flatMap((u) => {
      const counts: Record<string, Count> = {};
      for (const [key, map] of maps) {
        const c = map.get(u.id);
        if (c && c.denominator > 0) counts[key] = c;
      }
      const isAssessed = assessed.has(u.id);
      return isAssessed || adjusted.has(u.id) || Object.keys(counts).length > 0 ? [{ unit: u.name, counts, assessed: isAssessed }] : [];
    });
  };
  const recorded: RecordedAdjustment[] = adjustments.map((a) => ({ unit: a.unit, kind: a.kind, reason: a.reason, date: a.date }));
  const lastAdjustmentId = adjustments.reduce((max, a) => Math.max(max, a.id), 0);
  return { units: unitsFor(running.map((c) => c.key)), unitsFor, adjustments: recorded, lastAdjustmentId, start: ctx.start };
}

/** The indicator keys a scheme weighs or lists. */
export const schemeKeys = (scheme: { indicators: ReadonlyArray<{ key: string }> }) => scheme.indicators.map((i) => i.key);
