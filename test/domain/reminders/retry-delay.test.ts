import { describe, expect, it } from "vitest";
import { retryDelaySeconds } from "../../../domain/reminders/retry-delay";

describe("retryDelaySeconds", () => {
  it("waits a minute after the first failed try", () => {
    expect(retryDelaySeconds(1)).toBe(60);
  });

  it("doubles the wait after each further failed try", () => {
    expect([2, 3, 4].map((n) => retryDelaySeconds(n))).toEqual([120, 240, 480]);
  });

  it("doubles from a shorter first wait when given one", () => {
    expect([1, 2, 3].map((n) => retryDelaySeconds(n, 1))).toEqual([1, 2, 4]);
  });

  it("never waits more than an hour", () => {
    expect(retryDelaySeconds(12)).toBe(3600);
  });

  describe("edge cases", () => {
    it("treats fewer than one attempt as one", () => {
      expect(retryDelaySeconds(0)).toBe(60);
    });
  });
});
