import { describe, expect, it } from "vitest";
import { lifecycleRefusal } from "../../../domain/matters/lifecycle-refusal";

const allowed = (step: "correct" | "reopen" | "cancel") =>
  ["办理中", "待审核", "已办结", "已撤销"].filter((status) => lifecycleRefusal(step, status) === null);

describe("lifecycleRefusal", () => {
  it("lets the office correct an open matter only (办理中 or 待审核)", () => {
    expect(allowed("correct")).toEqual(["办理中", "待审核"]);
  });

  it("lets the office reopen a closed matter only", () => {
    expect(allowed("reopen")).toEqual(["已办结"]);
  });

  it("lets the office cancel a matter not yet closed or cancelled", () => {
    expect(allowed("cancel")).toEqual(["办理中", "待审核"]);
  });

  it("says why: a cancelled matter is final, a closed one is reopened first", () => {
    expect(lifecycleRefusal("reopen", "已撤销")).toEqual({ code: "cancelled", message: "该事项已撤销" });
    expect(lifecycleRefusal("cancel", "已办结")).toEqual({ code: "not_open", message: "事项已办结，请先重新打开再撤销" });
  });

  describe("edge cases", () => {
    it("refuses every step on a status outside the list", () => {
      expect(allowed("correct").includes("未知")).toBe(false);
      expect(lifecycleRefusal("correct", "未知")).not.toBeNull();
      expect(lifecycleRefusal("reopen", "未知")).not.toBeNull();
      expect(lifecycleRefusal("cancel", "未知")).not.toBeNull();
    });
  });
});
