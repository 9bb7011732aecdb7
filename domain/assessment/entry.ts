/** One indicator's line in a unit's score: what was counted and what it earned. */
export interface BreakdownLine {
  /** The indicator's Chinese name. */
  indicator: string;
  /** Weight applied to this unit: scaled up when other indicators had no events; 0 when left out. */
  weight: number;
  numerator: number;
  denominator: number;
  /** numerator / denominator to 4 decimals; null when the unit had no events (left out). */
  rate: number | null;
  /** rate × weight to 2 decimals. */
  points: number;
}

/** A recorded adjustment with the points it actually earned (after the year's cap). */
export interface ScoredAdjustment {
  kind: string;
  points: number;
  reason: string;
  date: string;
}

/** The grade of a unit with no events at all: it is neither scored nor ranked. */
export const notRated = "未参评";

/** A unit's result. `score` is the exact sum of the breakdown's and adjustments' points. */
export interface AssessmentEntry {
  unit: string;
  score: number | null;
  grade: string;
  rank: number | null;
  breakdown: BreakdownLine[];
  adjustments: ScoredAdjustment[];
  flags: { commend: boolean; accountable: boolean; veto: boolean };
}
