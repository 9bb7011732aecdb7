import { describe, expect, it } from "vitest";
import { defaultScheme, gradeFor } from "../../../domain/assessment";

describe("gradeFor", () => {
  it.each([
    [90, "优秀"],
    [89.99, "良好"],
    [80, "良好"],
    [60, "合格"],
    [59.99, "不合格"],
    [-5, "不合格"],
  ])("grades %s as %s", (score, grade) => {
    expect(gradeFor(score, defaultScheme.grades, false)).toBe(grade);
  });

  it("grades a vetoed 100 as 不合格", () => {
    expect(gradeFor(100, defaultScheme.grades, true)).toBe("不合格");
  });
});
