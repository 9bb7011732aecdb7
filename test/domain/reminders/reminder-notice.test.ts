import { describe, expect, it } from "vitest";
import { reminderNotice, type NoticeInput } from "../../../domain/reminders/reminder-notice";

const base: NoticeInput = {
  county: "金寨县",
  matterId: 12,
  title: "涉企执行积案清理",
  lead: "县税务局",
  deadline: "2026-05-18",
  level: "临期",
  workdaysLeft: 2,
  to: "联络员",
  on: "2026-05-14",
};

describe("reminderNotice", () => {
  it("tells the lead unit's 联络员 the matter, deadline, working days left and whom to answer", () => {
    expect(reminderNotice(base)).toEqual({
      title: "【临期】催办单：涉企执行积案清理",
      lines: [
        "金寨县府院联动机制办公室 催办单（临期）",
        "致：县税务局联络员",
        "事项：涉企执行积案清理（编号 12）",
        "牵头单位：县税务局",
        "办理期限：2026-05-18",
        "办理时限：距期限还有 2 个工作日",
        "要求：请抓紧办理，于期限内办结并报送办理结果；确需延期的，请在期限届满前提出延期申请。",
        "答复：请向金寨县府院联动机制办公室反馈办理情况（在台账中报送进展或办结）。",
        "催办日期：2026-05-14",
      ],
    });
  });

  it("says a matter due today is due today", () => {
    expect(reminderNotice({ ...base, workdaysLeft: 0 }).lines).toContain("办理时限：今日到期");
  });

  it("counts the working days overdue", () => {
    const n = reminderNotice({ ...base, level: "逾期", workdaysLeft: -3 });
    expect(n.title).toBe("【逾期】催办单：涉企执行积案清理");
    expect(n.lines).toContain("办理时限：已逾期 3 个工作日");
  });

  it("addresses the leader in charge at 严重逾期 and says it was escalated", () => {
    const n = reminderNotice({ ...base, level: "严重逾期", workdaysLeft: -6, to: "分管领导" });
    expect(n.lines[1]).toBe("致：分管领导（牵头单位：县税务局）");
    expect(n.lines).toContain("办理时限：已逾期 6 个工作日");
    expect(n.lines.some((l) => l.includes("已报分管领导督办"))).toBe(true);
  });

  it("names the person addressed when the office has filled the name in", () => {
    expect(reminderNotice({ ...base, person: "张三" }).lines[1]).toBe("致：县税务局联络员 张三");
    expect(reminderNotice({ ...base, level: "严重逾期", workdaysLeft: -6, to: "分管领导", person: "孙副" }).lines[1]).toBe("致：分管领导 孙副（牵头单位：县税务局）");
    expect(reminderNotice({ ...base, person: null }).lines[1]).toBe("致：县税务局联络员");
  });

  it("does not change its input", () => {
    const input = { ...base };
    reminderNotice(input);
    expect(input).toEqual(base);
  });
});
