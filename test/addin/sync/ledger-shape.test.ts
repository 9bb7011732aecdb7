import { describe, expect, it } from "vitest";
import type { MatterWire } from "../../../schema/contracts/matters";
import { extensionText, feedbackText, matterRow, reportRows, taskTitles } from "../../../addin/sync/ledger-shape";
import { matter } from "../workbook/fixtures";

const wire = (more: Record<string, unknown> = {}) => matter(1, more) as unknown as MatterWire;
const ext = (id: number, status: string, more: Record<string, unknown> = {}) => ({
  id, reason: "需补充材料", days: 5, status, decisionNote: null, previousDeadline: "2026-12-01", newDeadline: null, requestedAt: 0, decidedAt: null, ...more,
});

describe("matterRow", () => {
  it("shows working days left on an open matter and no reminder while it is on course", () => {
    expect(matterRow(wire({ state: "正常", workdaysLeft: 6 }))).toMatchObject({ reminder: "", workdaysToGo: 6, overdueDays: null });
  });

  it("marks a matter due soon 临期 with its days left, 0 on the deadline itself", () => {
    expect(matterRow(wire({ state: "临期", workdaysLeft: 0 }))).toMatchObject({ reminder: "临期", workdaysToGo: 0, overdueDays: null });
  });

  it("turns the working days past the deadline into 逾期天数, 严重逾期 from 5", () => {
    expect(matterRow(wire({ state: "逾期", workdaysLeft: -3 }))).toMatchObject({ reminder: "逾期", workdaysToGo: null, overdueDays: 3 });
    expect(matterRow(wire({ state: "逾期", workdaysLeft: -5 }))).toMatchObject({ reminder: "严重逾期", overdueDays: 5 });
  });

  it("shows neither for a settled matter", () => {
    expect(matterRow(wire({ state: "逾期办结", status: "已办结", workdaysLeft: null }))).toMatchObject({ reminder: "", workdaysToGo: null, overdueDays: null });
  });

  it("keeps the wire's fields, 来源文号 among them", () => {
    expect(matterRow(wire({ sourceRef: "县府院联动〔2026〕3号" }))).toMatchObject({ id: 1, sourceRef: "县府院联动〔2026〕3号", version: 1 });
  });
});

describe("extensionText", () => {
  it("names the deadline of the latest approved extension", () => {
    const text = extensionText([ext(1, "已批准", { newDeadline: "2026-12-08" }), ext(2, "已批准", { newDeadline: "2026-12-20" })] as MatterWire["extensions"]);
    expect(text).toBe("延期至 2026-12-20（已批准）");
  });

  it("adds a request still waiting and leaves refused ones out", () => {
    const text = extensionText([ext(1, "已批准", { newDeadline: "2026-12-08" }), ext(2, "已驳回"), ext(3, "待审批", { days: 3 })] as MatterWire["extensions"]);
    expect(text).toBe("延期至 2026-12-08（已批准）；申请延期 3 个工作日（待审批）");
  });

  it("is blank without extensions", () => {
    expect(extensionText([])).toBe("");
  });
});

describe("feedbackText", () => {
  it("joins the co-units' contributions oldest first, one a line, with the day (China time)", () => {
    const at = (iso: string) => Date.parse(iso);
    const text = feedbackText([
      { unit: "县自然资源局", contribution: "已出具土地权属说明", at: at("2026-11-21T02:00:00Z") },
      { unit: "县公安局", contribution: "已完成现场勘验", at: at("2026-11-19T17:00:00Z") },
    ]);
    expect(text).toBe("县公安局（2026-11-20）：已完成现场勘验\n县自然资源局（2026-11-21）：已出具土地权属说明");
  });
});

describe("reportRows", () => {
  it("puts the task title beside each report's task number, blank for a number with no task", () => {
    const titles = taskTitles([{ no: 17, title: "优化营商环境" }, { no: 18, title: "" }], "title");
    const base = { id: 1, unit: "县法院", period: "2026-Q4", progress: "…", problems: "", plan: "", submittedOn: "2026-11-20", version: 1 };
    expect(reportRows([{ ...base, task: 17 }, { ...base, task: 99 }], titles).map((r) => r.taskTitle)).toEqual(["优化营商环境", ""]);
  });
});
