import { resolveUnitName, type UnitDirectory } from "../responsibility";

/** A name written with another name than the unit's own, and the unit it stands for. */
export interface ResolvedAlias {
  written: string;
  unit: string;
}

/** One refused cell: `column` is "lead" or "co"; the message names the unit as written. */
export interface UnitRefusal {
  column: "lead" | "co";
  code: "unknown_unit" | "group_not_unit" | "not_responsible" | "duplicate" | "same_as_lead";
  message: string;
}

export type MatterUnitsOutcome =
  | { ok: true; leadId: number; coIds: number[]; resolved: ResolvedAlias[] }
  | { ok: false; refusals: UnitRefusal[] };

/** The task the matter belongs to, as far as the lead check needs it. */
export interface TaskScope {
  no: number;
  /** Units responsible for the task, groups expanded. Empty when the plan names none (task 32). */
  responsibleIds: ReadonlyArray<number>;
}

/**
 * Resolves a matter's lead and co-units as written to unit ids. Every problem is reported, not
 * only the first: unknown names, groups (a group is not a unit), a lead not responsible for the
 * task (skipped when the plan names no unit for it), co-units named twice or equal to the lead.
 * Names written as an alias are listed in `resolved`.
 */
export function resolveMatterUnits(
  lead: string,
  co: ReadonlyArray<string>,
  directory: UnitDirectory,
  task: TaskScope | null,
): MatterUnitsOutcome {
  const refusals: UnitRefusal[] = [];
  const resolved: ResolvedAlias[] = [];
  const resolveOne = (written: string, column: "lead" | "co"): number | null => {
    const r = resolveUnitName(written, directory);
    const label = column === "lead" ? "牵头单位" : "协办单位";
    if (r === null) {
      refusals.push({ column, code: "unknown_unit", message: `${label}「${written}」不在单位名录中` });
      return null;
    }
    if (r.kind === "group") {
      refusals.push({ column, code: "group_not_unit", message: `${label}「${written}」是单位集合，请写具体单位` });
      return null;
    }
    if (r.via === "alias") resolved.push({ written, unit: r.name });
    return r.id;
  };

  const leadId = resolveOne(lead, "lead");
  if (leadId !== null && task !== null && task.responsibleIds.length > 0 && !task.responsibleIds.includes(leadId)) {
    const name = directory.units.find((u) => u.id === leadId)?.name ?? lead;
    refusals.push({ column: "lead", code: "not_responsible", message: `${name}不是第${task.no}项重点工作的责任单位` });
  }

  const coIds: number[] = [];
  for (const written of co) {
    const id = resolveOne(written, "co");
    if (id === null) continue;
    const name = directory.units.find((u) => u.id === id)?.name ?? written;
    if (id === leadId) refusals.push({ column: "co", code: "same_as_lead", message: `协办单位「${written}」与牵头单位相同` });
    else if (coIds.includes(id)) refusals.push({ column: "co", code: "duplicate", message: `协办单位「${written}」（${name}）重复填写` });
    else coIds.push(id);
  }

  if (refusals.length > 0 || leadId === null) return { ok: false, refusals };
  return { ok: true, leadId, coIds, resolved };
}
