import { describe, expect, it } from "vitest";
import type { DeliveryWire, ReminderWire } from "../../../schema/contracts/matters";
import { reminderGroups } from "../../../addin/shared/reminder-groups";

const delivery = (over: Partial<DeliveryWire> = {}): DeliveryWire => ({
  recipient: "联络员",
  person: null,
  unit: "县财政局",
  channel: "wecom",
  url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***",
  status: "已送达",
  attempts: 1,
  lastError: null,
  nextAttemptAt: null,
  deliveredAt: "2026-12-01T01:00:02.000Z",
  ...over,
});
const reminder = (over: Partial<ReminderWire>): ReminderWire => ({
  id: 1,
  matterId: 1,
  title: "事项",
  lead: "县财政局",
  on: "2026-12-01",
  kind: "临期",
  workdaysLeft: 2,
  deadline: "2026-12-03",
  deliveries: [delivery()],
  ...over,
});

describe("reminderGroups", () => {
  it("groups by level, most urgent first, leaving out empty levels", () => {
    const groups = reminderGroups([
      reminder({ matterId: 1, title: "甲", kind: "临期", workdaysLeft: 0 }),
      reminder({ matterId: 2, title: "乙", kind: "严重逾期", workdaysLeft: -6, deadline: "2026-11-23" }),
      reminder({ matterId: 3, title: "丙", kind: "临期", workdaysLeft: 3 }),
    ]);
    expect(groups.map((g) => [g.level, g.items.map((i) => i.title)])).toEqual([
      ["严重逾期", ["乙"]],
      ["临期", ["甲", "丙"]],
    ]);
    expect(groups[0]!.items[0]!.detail).toBe("县财政局 · 期限 2026-11-23 · 已逾期 6 个工作日");
    expect(groups[1]!.items.map((i) => i.detail)).toEqual(["县财政局 · 期限 2026-12-03 · 今日到期", "县财政局 · 期限 2026-12-03 · 还剩 3 个工作日"]);
  });

  it("says how the deliveries went, naming a failing one's error", () => {
    const [g] = reminderGroups([
      reminder({ deliveries: [delivery(), delivery({ channel: "dingtalk", status: "重试中", attempts: 2, lastError: "钉钉返回错误 310000：sign not match" })] }),
    ]);
    expect(g!.items[0]).toMatchObject({ delivery: "已送达 1/2；重试中（第 2 次）：钉钉返回错误 310000：sign not match", tone: "failed" });
  });

  it("says when a unit has no channel to push to", () => {
    const [g] = reminderGroups([reminder({ deliveries: [] })]);
    expect(g!.items[0]).toMatchObject({ delivery: "未设置推送渠道，未推送", tone: "none" });
  });

  it("answers no group for no reminder", () => {
    expect(reminderGroups([])).toEqual([]);
  });
});
