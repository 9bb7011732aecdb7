import { describe, expect, it } from "vitest";
import { relationToTask } from "../../../domain/access";

describe("relationToTask", () => {
  it("calls a unit among the task's responsible units responsible", () => {
    expect(relationToTask(4, Object.freeze([1, 4]))).toBe("responsible");
  });

  it("calls any other unit none", () => {
    expect(relationToTask(2, [1, 4])).toBe("none");
  });

  describe("edge cases", () => {
    it("calls every unit none for a task nobody is responsible for", () => {
      expect(relationToTask(1, [])).toBe("none");
    });
  });
});
