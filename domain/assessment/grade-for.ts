import type { GradeBand } from "./scheme";

/**
 * The band a score falls in (bands best first, the last open-ended). A veto gives the last band
 * whatever the score.
 */
export function gradeFor(score: number, grades: ReadonlyArray<GradeBand>, veto: boolean): string {
  const lowest = grades[grades.length - 1];
  if (!lowest) throw new RangeError("scheme has no grade bands");
  if (veto) return lowest.name;
  return (grades.find((band) => band.min !== null && score >= band.min) ?? lowest).name;
}
