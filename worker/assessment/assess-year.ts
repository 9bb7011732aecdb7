import { scoreUnits, type AssessmentEntry } from "../../domain/assessment";
import type { AssessmentBody } from "../../schema/contracts/assessment";
import type { Db } from "../platform/db";
import { loadAssessmentInputs, schemeKeys } from "./inputs-queries";
import { currentScheme, findClosure, type SchemeVersion } from "./schemes-queries";

/** What a closure freezes: the scheme used and every entry as computed. */
export interface FrozenResult {
  scheme: AssessmentBody["scheme"];
  entries: AssessmentEntry[];
}

/**
 * A frozen entry as the wire has it: closures made before the assessed set existed ranked every
 * unit they listed, so their entries count as assessed.
 */
export const frozenEntries = (frozen: FrozenResult): AssessmentEntry[] => frozen.entries.map((e) => ({ ...e, assessed: e.assessed ?? true }));

export const wireScheme = (v: SchemeVersion): AssessmentBody["scheme"] => ({ version: v.version, ...v.scheme });

/**
 * The year's assessment: the frozen figures when the year is closed, otherwise computed now
 * from the ledger under the scheme in force (only the indicators it lists are counted).
 */
export async function assessYear(db: Db, year: number, today: string): Promise<AssessmentBody> {
  const closure = await findClosure(db, year);
  if (closure) {
    const frozen = closure.result as FrozenResult;
    return { year, scheme: frozen.scheme, entries: frozenEntries(frozen), closed: { at: closure.closedAt.getTime(), by: closure.closedBy } };
  }
  const version = await currentScheme(db, year);
  const inputs = await loadAssessmentInputs(db, year, today, schemeKeys(version.scheme));
  return { year, scheme: wireScheme(version), entries: scoreUnits(inputs.units, version.scheme, inputs.adjustments), closed: null };
}
