import { describe, expect, it } from "vitest";
import { approvalsOnTime, type DraftForCount } from "../../../domain/research";

const draft = (over: Partial<DraftForCount>): DraftForCount => ({
  approvalsDue: "2026-03-16",
  endedOn: null,
  parties: [null, 3, 8],
  firstAnswers: new Map(),
  ...over,
});

describe("approvalsOnTime", () => {
  it("counts an answer on the due day as on time and one the day after as late", () => {
    const counts = approvalsOnTime([draft({ firstAnswers: new Map([[3, "2026-03-16"], [8, "2026-03-17"]]) })], 2026, "2026-03-20");
    expect(counts.get(3)).toEqual({ due: 1, onTime: 1 });
    expect(counts.get(8)).toEqual({ due: 1, onTime: 0 });
  });

  it("counts a party that never answered a version left standing past its due day as late", () => {
    const counts = approvalsOnTime([draft({ firstAnswers: new Map([[3, "2026-03-10"]]) })], 2026, "2026-03-17");
    expect(counts.get(null)).toEqual({ due: 1, onTime: 0 });
  });

  it("does not judge a party on a version still open before its due day", () => {
    const counts = approvalsOnTime([draft({})], 2026, "2026-03-16");
    expect(counts.size).toBe(0);
  });

  it("does not judge a party on a version replaced by its due day before it answered", () => {
    const counts = approvalsOnTime([draft({ endedOn: "2026-03-12", firstAnswers: new Map([[3, "2026-03-11"]]) })], 2026, "2026-04-30");
    expect([...counts.keys()]).toEqual([3]);
  });

  it("adds the versions of a year and skips those due in another year", () => {
    const drafts = [
      draft({ firstAnswers: new Map([[3, "2026-03-02"]]) }),
      draft({ approvalsDue: "2026-05-06", firstAnswers: new Map([[3, "2026-05-08"]]) }),
      draft({ approvalsDue: "2025-12-30", firstAnswers: new Map([[3, "2025-12-01"]]) }),
    ];
    expect(approvalsOnTime(drafts, 2026, "2026-06-01").get(3)).toEqual({ due: 2, onTime: 1 });
  });

  describe("edge cases", () => {
    it("answers an empty count for no drafts", () => {
      expect(approvalsOnTime([], 2026, "2026-01-01").size).toBe(0);
    });

    it("leaves its inputs unchanged", () => {
      const answers = new Map<number | null, string>([[3, "2026-03-02"]]);
      const drafts = Object.freeze([Object.freeze(draft({ firstAnswers: answers }))]);
      approvalsOnTime(drafts, 2026, "2026-06-01");
      expect([...answers]).toEqual([[3, "2026-03-02"]]);
    });
  });
});
