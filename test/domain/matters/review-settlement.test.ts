import { describe, expect, it } from "vitest";
import { reviewSettlement } from "../../../domain/matters/review-settlement";

const waiting = { status: "待审核", settled: "2026-05-15", result: "款项已到账", onTime: true, returns: 0 };

describe("reviewSettlement", () => {
  it("closes the matter on 通过 with the unit's settlement date, result and on-time flag", () => {
    const out = reviewSettlement(waiting, "通过", undefined);
    expect(out).toEqual({
      ok: true,
      change: {
        matter: { status: "已办结", settled: "2026-05-15", result: "款项已到账", onTime: true, returns: 0 },
        review: { settled: "2026-05-15", result: "款项已到账", onTime: true, decision: "通过", note: null },
      },
    });
  });

  it("sends the matter back on 退回, clearing the settlement, keeping it in the review and counting the return", () => {
    const out = reviewSettlement({ ...waiting, returns: 2 }, "退回", "  缺少凭证 ");
    expect(out).toEqual({
      ok: true,
      change: {
        matter: { status: "办理中", settled: null, result: null, onTime: null, returns: 3 },
        review: { settled: "2026-05-15", result: "款项已到账", onTime: true, decision: "退回", note: "缺少凭证" },
      },
    });
  });

  it("refuses 退回 without a reason (422 on note), a blank one included", () => {
    for (const note of [undefined, null, "", "   "]) {
      const out = reviewSettlement(waiting, "退回", note);
      expect(out.ok === false && [out.refusal.status, out.refusal.column, out.refusal.code]).toEqual([422, "note", "reason_required"]);
    }
  });

  it("refuses reviewing a matter that is not waiting for review (409)", () => {
    for (const status of ["办理中", "已办结", "已撤销"]) {
      const out = reviewSettlement({ ...waiting, status }, "通过", null);
      expect(out.ok === false && [out.refusal.status, out.refusal.code]).toEqual([409, "not_awaiting_review"]);
    }
  });

  describe("edge cases", () => {
    it("does not modify the matter it is given", () => {
      const m = Object.freeze({ ...waiting });
      reviewSettlement(m, "退回", "重办");
      expect(m).toEqual(waiting);
    });
  });
});
