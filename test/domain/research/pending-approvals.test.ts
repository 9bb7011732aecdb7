import { describe, expect, it } from "vitest";
import { pendingApprovals } from "../../../domain/research";

const parties = Object.freeze([
  Object.freeze({ id: null, name: "办公室" }),
  Object.freeze({ id: 3, name: "县法院" }),
  Object.freeze({ id: 8, name: "县财政局" }),
]);

describe("pendingApprovals", () => {
  it("names every party that has not answered the current draft", () => {
    expect(pendingApprovals(parties, [{ party: 3, decision: "同意" }]).map((p) => p.name)).toEqual(["办公室", "县财政局"]);
  });

  it("keeps a party whose answer is 不同意 pending", () => {
    expect(pendingApprovals(parties, [{ party: null, decision: "同意" }, { party: 3, decision: "同意" }, { party: 8, decision: "不同意" }]).map((p) => p.name)).toEqual(["县财政局"]);
  });

  it("counts a party's latest answer: 不同意 then 同意 is approved", () => {
    const answers = Object.freeze([
      { party: null, decision: "同意" as const },
      { party: 3, decision: "同意" as const },
      { party: 8, decision: "不同意" as const },
      { party: 8, decision: "同意" as const },
    ]);
    expect(pendingApprovals(parties, answers)).toEqual([]);
  });

  describe("edge cases", () => {
    it("ignores answers from a party that is not involved", () => {
      expect(pendingApprovals(parties, [{ party: 99, decision: "同意" }])).toHaveLength(3);
    });

    it("answers a new array and leaves the parties as they were", () => {
      const out = pendingApprovals(parties, []);
      expect(out).not.toBe(parties);
      expect(out).toEqual(parties);
    });
  });
});
