import { headAppearances, type HearingAppearance } from "../../schema/values";

/** What the appearance figures read of a hearing. */
export type HearingFacts = { agencyId: number; headRequired: boolean; appeared: string; headSpoke: boolean | null };

/**
 * One agency's appearance figures over a period (定期统计):
 * - `required`: hearings where its head was required to appear;
 * - `appeared`: of those, hearings where 负责人 or 副职负责人 appeared;
 * - `spoke`: of those, hearings where the head spoke in court (出庭要出声);
 * - `rate` = appeared / required, `spokeRate` = spoke / appeared; null when the divisor is 0.
 */
export type AppearanceFigures = { agencyId: number; hearings: number; required: number; appeared: number; spoke: number; rate: number | null; spokeRate: number | null };

export const headAppeared = (appeared: string) => headAppearances.includes(appeared as HearingAppearance);

const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 10000) / 10000);

/** The figures of every agency that has a hearing among `rows`, in the order first met. Inputs are not changed. */
export function appearanceFigures(rows: readonly HearingFacts[]): AppearanceFigures[] {
  const by = new Map<number, AppearanceFigures>();
  for (const h of rows) {
    const f = by.get(h.agencyId) ?? { agencyId: h.agencyId, hearings: 0, required: 0, appeared: 0, spoke: 0, rate: null, spokeRate: null };
    f.hearings++;
    if (h.headRequired) {
      f.required++;
      if (headAppeared(h.appeared)) {
        f.appeared++;
        if (h.headSpoke === true) f.spoke++;
      }
    }
    by.set(h.agencyId, f);
  }
  return [...by.values()].map((f) => ({ ...f, rate: ratio(f.appeared, f.required), spokeRate: ratio(f.spoke, f.appeared) }));
}

/** A hearing where the head should have appeared and did not: it puts the agency on the 约谈 list. */
export const missedAppearance = (h: HearingFacts) => h.headRequired && !headAppeared(h.appeared);
