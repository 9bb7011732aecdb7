import { describe, expect, it } from "vitest";
import { reminderFor } from "../../../domain/matters/reminder-for";
import { labourDay2026 as cal } from "./calendar-fixture";

describe("reminderFor", () => {
  it("needs no reminder for a matter on track", () => {
    expect(reminderFor({ deadline: "2026-04-30", settled: null }, "2026-04-17", cal, 3)).toBeNull();
  });

  it("asks for a 临期 reminder when due within the setting", () => {
    expect(reminderFor({ deadline: "2026-04-21", settled: null }, "2026-04-17", cal, 3)).toEqual({ kind: "临期", workdaysLeft: 2, overdue: false });
  });

  it("asks for a 逾期 reminder and marks overdue when past the deadline", () => {
    expect(reminderFor({ deadline: "2026-04-16", settled: null }, "2026-04-17", cal, 3)).toEqual({ kind: "逾期", workdaysLeft: -1, overdue: true });
  });

  it("stays 逾期 at 4 working days past the deadline", () => {
    expect(reminderFor({ deadline: "2026-04-16", settled: null }, "2026-04-22", cal, 3)).toEqual({ kind: "逾期", workdaysLeft: -4, overdue: true });
  });

  it("turns 严重逾期 at 5 working days past the deadline", () => {
    expect(reminderFor({ deadline: "2026-04-16", settled: null }, "2026-04-23", cal, 3)).toEqual({ kind: "严重逾期", workdaysLeft: -5, overdue: true });
  });

  it("counts only working days past: 8 calendar days over Labour Day are 3 working days, still 逾期", () => {
    expect(reminderFor({ deadline: "2026-04-29", settled: null }, "2026-05-07", cal, 3)).toEqual({ kind: "逾期", workdaysLeft: -3, overdue: true });
  });

  it("counts a make-up Saturday as a working day past the deadline", () => {
    expect(reminderFor({ deadline: "2026-04-29", settled: null }, "2026-05-09", cal, 3)).toEqual({ kind: "严重逾期", workdaysLeft: -5, overdue: true });
  });

  it("never reminds about a settled matter", () => {
    expect(reminderFor({ deadline: "2026-04-16", settled: "2026-04-20" }, "2026-04-21", cal, 3)).toBeNull();
  });
});
