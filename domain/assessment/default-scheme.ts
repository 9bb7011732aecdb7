import type { AssessmentScheme } from "./scheme";

/**
 * The documented starting point (the plan gives no formula): three rates worth 100 points,
 * commendations +2 each up to +5 a year, −5 per accountability, a veto fails the unit.
 */
export const defaultScheme: AssessmentScheme = {
  indicators: [
    { key: "leadMatters", name: "牵头事项按期办结率", weight: 50 },
    { key: "coMatters", name: "协办事项按期办结率", weight: 15 },
    { key: "reports", name: "进展按时报送率", weight: 35 },
  ],
  adjustments: [
    { kind: "通报表扬", points: 2, cap: 5 },
    { kind: "问责", points: -5, cap: null },
    { kind: "一票否决", points: 0, cap: null },
  ],
  grades: [
    { name: "优秀", min: 90 },
    { name: "良好", min: 80 },
    { name: "合格", min: 60 },
    { name: "不合格", min: null },
  ],
};
