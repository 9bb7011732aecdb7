import { describe, expect, it } from "vitest";
import { settleMatter } from "../../../domain/matters/settle-matter";

const matter = { assigned: "2026-04-01", deadline: "2026-04-15", status: "办理中" };

describe("settleMatter", () => {
  it("is on time when settled on the deadline", () => {
    expect(settleMatter(matter, "2026-04-15", "2026-05-01")).toEqual({ ok: true, onTime: true });
  });

  it("is late when settled the day after the deadline", () => {
    expect(settleMatter(matter, "2026-04-16", "2026-05-01")).toEqual({ ok: true, onTime: false });
  });

  it("judges a settlement submitted from a draft by the day it was submitted too", () => {
    expect(settleMatter(matter, "2026-04-10", "2026-04-15", "2026-04-15")).toEqual({ ok: true, onTime: true });
    expect(settleMatter(matter, "2026-04-10", "2026-04-16", "2026-04-16")).toEqual({ ok: true, onTime: false });
  });

  it("accepts settling on the day the matter was assigned", () => {
    expect(settleMatter(matter, "2026-04-01", "2026-04-01")).toEqual({ ok: true, onTime: true });
  });

  it("refuses a settled date before the assigned date, naming both", () => {
    const out = settleMatter(matter, "2026-03-31", "2026-05-01");
    expect(out).toEqual({
      ok: false,
      refusal: { column: "settled", code: "before_assigned", message: "办结日期（2026-03-31）早于交办日期（2026-04-01）" },
    });
  });

  it("refuses a settled date after today", () => {
    const out = settleMatter(matter, "2026-04-10", "2026-04-09");
    expect(out.ok === false && out.refusal.code).toBe("after_today");
  });

  it("refuses settling a matter that is already settled", () => {
    const out = settleMatter({ ...matter, status: "已办结" }, "2026-04-10", "2026-05-01");
    expect(out.ok === false && out.refusal).toMatchObject({ column: "status", code: "already_settled" });
  });

  it("refuses settling a matter waiting for review or cancelled", () => {
    const waiting = settleMatter({ ...matter, status: "待审核" }, "2026-04-10", "2026-05-01");
    expect(waiting.ok === false && waiting.refusal).toMatchObject({ column: "status", code: "awaiting_review" });
    const cancelled = settleMatter({ ...matter, status: "已撤销" }, "2026-04-10", "2026-05-01");
    expect(cancelled.ok === false && cancelled.refusal).toMatchObject({ column: "status", code: "cancelled" });
  });

  describe("edge cases", () => {
    it("does not modify the matter it is given", () => {
      const m = Object.freeze({ ...matter });
      settleMatter(m, "2026-04-10", "2026-05-01");
      expect(m).toEqual(matter);
    });
  });
});
