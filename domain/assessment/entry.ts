/** One indicator's line in a unit's score: what was counted and what it earned. */
export interface BreakdownLine {
  /** The indicator's Chinese name. */
  indicator: string;
  /** Weight applied to this unit: scaled up when other indicators had no events; 0 when left out. */
  weight: number;
  numerator: number;
  denominator: number;
  /** numerator / denominator to 4 decimals; null when the unit had no events (left out). Below the floor it is shown but weighs 0. */
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
export { notRatedGrade as notRated } from "../../schema/values";

/** A unit's result. `score` is the exact sum of the breakdown's and adjustments' points. */
export interface AssessmentEntry {
  unit: string;
  score: number | null;
  grade: string;
  rank: number | null;
  /**
   * Whether the unit is in the year's assessed set (by default the joint meeting's members).
   * Others holding responsibilities are scored for information but never ranked.
   */
  assessed: boolean;
  breakdown: BreakdownLine[];
  adjustments: ScoredAdjustment[];
  flags: { commend: boolean; accountable: boolean; veto: boolean };
}
