/**
 * A year's scoring scheme as plain data the office edits. The core never knows how an
 * indicator is counted: it only sees `{ numerator, denominator }` per unit per `key`, so a new
 * indicator (meeting attendance, court appearances …) needs a new counter, not a core change.
 */
export interface Indicator {
  /** Stable machine key the counters fill, e.g. "leadMatters". */
  key: string;
  /** Chinese name shown to users, e.g. 牵头事项按期办结率. */
  name: string;
  /** Points the indicator is worth when every indicator applies to the unit. */
  weight: number;
}

// The adjustment kinds the office may record (六(三)) are a shared value list.
export { adjustmentKinds, type AdjustmentKind } from "../../schema/values";

/**
 * Points per recorded adjustment of a kind. `cap` bounds the kind's total for the year in
 * absolute value (通报表扬 +2 each, at most +5); null means no bound. 一票否决 carries 0 points:
 * it sets the lowest grade instead.
 */
export interface AdjustmentRule {
  kind: string;
  points: number;
  cap: number | null;
}

/**
 * Grade bands, best first: a score at or above `min` earns the band. The last band has
 * `min: null` and catches everything below; it is also the grade a veto gives.
 */
export interface GradeBand {
  name: string;
  min: number | null;
}

export interface AssessmentScheme {
  indicators: Indicator[];
  adjustments: AdjustmentRule[];
  grades: GradeBand[];
  /**
   * The fewest events an indicator needs to count for a unit (e.g. 3: a unit with 2 matters is
   * left out of that indicator and the other weights scale up). Absent: 1, as schemes stored
   * before the floor existed.
   */
  floor?: number;
}

/** The floor a scheme without one uses: one event is enough. */
export const defaultFloor = 1;

/** A unit's events for one indicator: e.g. 3 of 4 matters settled on time. */
export interface Count {
  numerator: number;
  denominator: number;
}
