import { defaultFloor, type AssessmentScheme, type Count } from "./scheme";
import { notRated, type AssessmentEntry, type BreakdownLine } from "./entry";
import { adjustmentPoints, type RecordedAdjustment } from "./adjustment-points";
import { gradeFor } from "./grade-for";
import { rankEntries } from "./rank-entries";
import { validateScheme } from "./validate-scheme";

/**
 * A unit's counts per indicator key; a missing key means no events for that indicator.
 * `assessed` false: the unit is outside the year's assessed set (scored, never ranked); absent: true.
 */
export interface UnitCounts {
  unit: string;
  counts: Readonly<Record<string, Count>>;
  assessed?: boolean;
}

/**
 * Scores exactly the units in `counts` under `scheme`.
 *
 * An indicator with fewer events (denominator) than the scheme's floor (default 1) is left out
 * for that unit and the other weights scale up to the scheme's total. Points are rate × weight rounded to 2 decimals; the score is the sum
 * of the rounded points and the adjustments' points, so the parts add up exactly. A unit with
 * no indicator counted (each weighted one below the floor) is 未参评 (no score, no rank) unless
 * vetoed. A veto gives the lowest grade and ranks the unit after all others. Units outside the
 * assessed set are scored alike but never ranked (`rank` null) and come last. Adjustments for
 * units not in `counts` are ignored.
 *
 * Invalid input is a programming error (validate the scheme first): throws RangeError.
 */
export function scoreUnits(
  counts: ReadonlyArray<UnitCounts>,
  scheme: AssessmentScheme,
  adjustments: ReadonlyArray<RecordedAdjustment>,
): AssessmentEntry[] {
  const problems = validateScheme(scheme);
  if (problems.length > 0) throw new RangeError(`invalid scheme: ${problems[0]!.message}`);
  const total = scheme.indicators.reduce((s, ind) => s + ind.weight, 0);
  const floor = scheme.floor ?? defaultFloor;
  const entries = counts.map(({ unit, counts: c, assessed = true }) => {
    const lines = breakdown(unit, c, scheme, { total, floor });
    const scored = adjustmentPoints(
      adjustments.filter((a) => a.unit === unit),
      scheme.adjustments,
    );
    const flags = {
      commend: scored.some((a) => a.kind === "通报表扬"),
      accountable: scored.some((a) => a.kind === "问责"),
      veto: scored.some((a) => a.kind === "一票否决"),
    };
    const rated = scheme.indicators.some((ind) => ind.weight > 0 && (c[ind.key]?.denominator ?? 0) >= floor);
    const cents = [...lines, ...scored].reduce((s, part) => s + Math.round(part.points * 100), 0);
    const score = rated ? cents / 100 : null;
    const grade = score === null && !flags.veto ? notRated : gradeFor(score ?? 0, scheme.grades, flags.veto);
    return { unit, score, grade, rank: null, assessed, breakdown: lines, adjustments: scored, flags } satisfies AssessmentEntry;
  });
  return rankEntries(entries);
}

function breakdown(unit: string, c: Readonly<Record<string, Count>>, scheme: AssessmentScheme, { total, floor }: { total: number; floor: number }): BreakdownLine[] {
  const applies = (key: string) => (c[key]?.denominator ?? 0) >= floor;
  const included = scheme.indicators.filter((ind) => applies(ind.key)).reduce((s, ind) => s + ind.weight, 0);
  return scheme.indicators.map((ind) => {
    const { numerator, denominator } = c[ind.key] ?? { numerator: 0, denominator: 0 };
    if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || numerator < 0 || numerator > denominator) {
      throw new RangeError(`${unit} ${ind.key}: need 0 ≤ numerator ≤ denominator, got ${numerator}/${denominator}`);
    }
    if (!applies(ind.key) || included === 0) {
      return { indicator: ind.name, weight: 0, numerator, denominator, rate: denominator === 0 ? null : round(numerator / denominator, 4), points: 0 };
    }
    // Exact in integers for integer weights: n·w·total / (d·included), in hundredths.
    const cents = Math.round((numerator * ind.weight * total * 100) / (denominator * included));
    return {
      indicator: ind.name,
      weight: round((ind.weight * total) / included, 2),
      numerator,
      denominator,
      rate: round(numerator / denominator, 4),
      points: cents / 100,
    };
  });
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;
