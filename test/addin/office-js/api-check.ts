import { compareVersions } from "../workbook/excel-api";
import { chainText } from "../workbook/api-recorder";
import type { Replayed } from "./real-build";
import { setOf, type ApiSets } from "./api-sets";

/**
 * Judges the replayed uses of one Excel host file.
 * - A use recorded with no newer Excel emulated (the code took no detected branch) must exist in this
 *   build and belong to a set no newer than `declared`, which must be the highest such set.
 * - A use recorded while a newer level L was emulated may be missing from this build only if its set is
 *   ≤ L: the code reached it only because it detected L.
 * Returns the problems (empty when all is well) and the highest set the undetected uses need.
 */
export function judge(replayed: Replayed[], sets: ApiSets, declared: string): { problems: string[]; needed: string } {
  const problems: string[] = [];
  let needed = "1.1";
  for (const use of replayed) {
    for (const m of use.members) {
      const where = `${m.cls ?? "?"}.${m.member} (via ${chainText(use.chain)})`;
      const set = m.cls ? setOf(sets, m.cls, m.member) : undefined;
      if (use.level === null) {
        if (!m.exists) problems.push(`${where} is not in this build's object model and is used without detection`);
        else if (!set) problems.push(`${where} has no documented ExcelApi set`);
        else {
          if (compareVersions(set, needed) > 0) needed = set;
          if (compareVersions(set, declared) > 0) problems.push(`${where} needs ExcelApi ${set}, newer than the declared ${declared}, and is used without detection`);
        }
      } else if (!m.exists && (!set || compareVersions(set, use.level) > 0)) {
        problems.push(`${where} is missing here and needs ExcelApi ${set ?? "?"}, more than the ${use.level} its detection checked`);
      }
    }
  }
  return { problems: [...new Set(problems)], needed };
}
