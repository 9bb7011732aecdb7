import { describe, expect, it } from "vitest";
import { matterState } from "../../../domain/matters/matter-state";
import { labourDay2026 as cal } from "./calendar-fixture";

const open = (deadline: string) => ({ deadline, settled: null });

describe("matterState", () => {
  it("is 正常 and green when more than 3 working days are left", () => {
    expect(matterState(open("2026-04-24"), "2026-04-17", cal, 3)).toEqual({ state: "正常", colour: "green", workdaysLeft: 5 });
  });

  it("is 临期 and yellow when exactly 3 working days are left", () => {
    expect(matterState(open("2026-04-22"), "2026-04-17", cal, 3)).toEqual({ state: "临期", colour: "yellow", workdaysLeft: 3 });
  });

  it("is 临期 with 0 working days left on the deadline itself", () => {
    expect(matterState(open("2026-04-17"), "2026-04-17", cal, 3)).toEqual({ state: "临期", colour: "yellow", workdaysLeft: 0 });
  });

  it("counts the Labour Day holiday as no working days, so a deadline after it is still 临期", () => {
    // Working days after 30 April: 6, 7, 8 May → the deadline 8 May is 3 working days away.
    expect(matterState(open("2026-05-08"), "2026-04-30", cal, 3).state).toBe("临期");
  });

  it("counts the make-up Saturday as a working day", () => {
    // After Friday 8 May: Saturday 9 May (调休) and Monday 11 May.
    expect(matterState(open("2026-05-11"), "2026-05-08", cal, 3).workdaysLeft).toBe(2);
  });

  it("follows the due-soon setting", () => {
    expect(matterState(open("2026-04-24"), "2026-04-17", cal, 5).state).toBe("临期");
    expect(matterState(open("2026-04-24"), "2026-04-17", cal, 4).state).toBe("正常");
  });

  it("is 逾期 and red the day after the deadline, with the working days past as a negative count", () => {
    expect(matterState(open("2026-04-20"), "2026-04-22", cal, 3)).toEqual({ state: "逾期", colour: "red", workdaysLeft: -2 });
  });

  it("is 逾期 on the weekend after a Friday deadline although no working day has passed", () => {
    expect(matterState(open("2026-04-17"), "2026-04-18", cal, 3)).toEqual({ state: "逾期", colour: "red", workdaysLeft: 0 });
  });

  it("is 按期办结 and green when settled on the deadline", () => {
    expect(matterState({ deadline: "2026-04-17", settled: "2026-04-17" }, "2026-06-01", cal, 3)).toEqual({
      state: "按期办结",
      colour: "green",
      workdaysLeft: null,
    });
  });

  it("is 逾期办结 and orange when settled after the deadline", () => {
    expect(matterState({ deadline: "2026-04-17", settled: "2026-04-20" }, "2026-04-20", cal, 3)).toEqual({
      state: "逾期办结",
      colour: "orange",
      workdaysLeft: null,
    });
  });

  describe("edge cases", () => {
    it("does not modify the matter it is given", () => {
      const m = Object.freeze({ deadline: "2026-04-17", settled: null });
      matterState(m, "2026-04-10", cal, 3);
      expect(m).toEqual({ deadline: "2026-04-17", settled: null });
    });

    it("throws a RangeError for an impossible today", () => {
      expect(() => matterState(open("2026-04-17"), "2026-02-30", cal, 3)).toThrow(RangeError);
    });
  });
});

describe("matterState with review and cancellation", () => {
  it("is 待审核 and blue while a settlement waits for review, never 逾期 however late the review", () => {
    expect(matterState({ deadline: "2026-04-17", settled: "2026-04-16", status: "待审核" }, "2026-06-01", cal, 3)).toEqual({
      state: "待审核",
      colour: "blue",
      workdaysLeft: null,
    });
  });

  it("is 已撤销 and grey when cancelled, whatever its dates", () => {
    expect(matterState({ deadline: "2026-04-17", settled: null, status: "已撤销" }, "2026-06-01", cal, 3)).toEqual({
      state: "已撤销",
      colour: "grey",
      workdaysLeft: null,
    });
  });

  it("is 逾期 again once a settlement is returned to 办理中 past the deadline", () => {
    expect(matterState({ deadline: "2026-04-17", settled: null, status: "办理中" }, "2026-04-20", cal, 3).state).toBe("逾期");
  });
});
