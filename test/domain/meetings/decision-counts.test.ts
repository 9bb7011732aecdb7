import { describe, expect, it } from "vitest";
import { decisionCounts, decisionDue, type DecisionFacts } from "../../../domain/meetings/decision-counts";
import { cal } from "../calendar/fixture";

const year = { year: 2026, today: "2026-12-01", start: "2026-03-01", cal };
const decision = (over: Partial<DecisionFacts> = {}): DecisionFacts => ({ leadUnitId: 1, from: "2026-06-10", days: 10, matter: null, ...over });
const matter = (deadline: string, status: string, settled: string | null) => ({ status, deadline, settled });

describe("decisionDue", () => {
  it("is the matter's deadline once turned into one, else the limit in working days after the minutes", () => {
    // 2026-06-19 (端午节) is off: 11, 12, 15, 16, 17, 18, 22, 23, 24, 25 June.
    expect(decisionDue(decision(), cal)).toBe("2026-06-25");
    expect(decisionDue(decision({ matter: matter("2026-07-31", "办理中", null) }), cal)).toBe("2026-07-31");
  });
});

describe("decisionCounts", () => {
  it("counts settled on time over judged decisions per lead unit", () => {
    const counts = decisionCounts(
      [
        decision({ matter: matter("2026-06-25", "已办结", "2026-06-20") }),
        decision({ matter: matter("2026-06-25", "待审核", "2026-07-01") }),
        decision(),
        decision({ leadUnitId: 2, matter: matter("2026-12-20", "已办结", "2026-11-30") }),
      ],
      year,
    );
    expect(counts).toEqual(
      new Map([
        [1, { numerator: 1, denominator: 3 }],
        [2, { numerator: 1, denominator: 1 }],
      ]),
    );
  });

  it("leaves out decisions not yet due and unsettled, due before the start or in another year, and cancelled matters", () => {
    const counts = decisionCounts(
      [
        decision({ from: "2026-11-25" }),
        decision({ matter: matter("2026-12-20", "办理中", null) }),
        decision({ from: "2026-01-20" }),
        decision({ matter: matter("2027-01-10", "已办结", "2026-11-30") }),
        decision({ matter: matter("2026-06-25", "已撤销", null) }),
      ],
      year,
    );
    expect(counts.size).toBe(0);
  });

  it("does not change its input", () => {
    const input = [decision({ matter: matter("2026-06-25", "已办结", "2026-06-20") })];
    const copy = structuredClone(input);
    decisionCounts(input, year);
    expect(input).toEqual(copy);
  });
});
