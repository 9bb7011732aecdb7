import { tasks } from "../../schema/tables";
import type { SettingKey, SettingValue } from "../../schema/contracts/settings";
import type { ErrorDetail } from "../../schema/contracts/errors";
import { resolveUnitName } from "../../domain/responsibility";
import type { Db } from "../platform/db";
import { detail } from "../platform/errors";
import { loadDirectory } from "../platform/directory";

/**
 * The checks a value needs the ledger for, after its schema passed: every task of the report
 * duties exists and is named once; every unit of an assessed set is a unit (under any of its
 * names, stored by its own name), named once, and every year is set once. Returns the value to
 * store and every problem as a cell (row = item of the list, column = `value.<field>`).
 */
export async function checkSetting<K extends SettingKey>(db: Db, key: K, value: SettingValue<K>): Promise<{ value: SettingValue<K>; problems: ErrorDetail[] }> {
  if (key === "reportDuties") return (await checkDuties(db, value as SettingValue<"reportDuties">)) as { value: SettingValue<K>; problems: ErrorDetail[] };
  if (key === "assessedUnits") return (await checkAssessed(db, value as SettingValue<"assessedUnits">)) as { value: SettingValue<K>; problems: ErrorDetail[] };
  return { value, problems: [] };
}

async function checkDuties(db: Db, duties: SettingValue<"reportDuties">) {
  const known = new Set((await db.select({ no: tasks.no }).from(tasks)).map((t) => t.no));
  const problems: ErrorDetail[] = [];
  const seen = new Map<number, number>();
  duties.forEach((d, i) => {
    if (!known.has(d.task)) problems.push(detail(i, "value.task", "unknown_task", `方案中没有第${d.task}项任务`));
    else if (seen.has(d.task)) problems.push(detail(i, "value.task", "duplicate", `第${d.task}项任务与第${seen.get(d.task)! + 1}行重复`));
    seen.set(d.task, seen.get(d.task) ?? i);
  });
  return { value: duties, problems };
}

async function checkAssessed(db: Db, years: SettingValue<"assessedUnits">) {
  const directory = await loadDirectory(db);
  const problems: ErrorDetail[] = [];
  const seenYears = new Map<number, number>();
  const value = years.map((y, i) => {
    if (seenYears.has(y.year)) problems.push(detail(i, "value.year", "duplicate", `${y.year}年度与第${seenYears.get(y.year)! + 1}行重复`));
    seenYears.set(y.year, seenYears.get(y.year) ?? i);
    const names: string[] = [];
    for (const written of y.units) {
      const r = resolveUnitName(written, directory);
      if (!r) problems.push(detail(i, "value.units", "unknown_unit", `${y.year}年度参评单位中有未知单位：${written}`));
      else if (r.kind !== "unit") problems.push(detail(i, "value.units", "group_not_unit", `${y.year}年度参评单位中“${written}”是统称，请填写具体单位`));
      else if (names.includes(r.name)) problems.push(detail(i, "value.units", "duplicate", `${y.year}年度参评单位中“${written}”重复`));
      else names.push(r.name);
    }
    return { year: y.year, units: names };
  });
  return { value, problems };
}
