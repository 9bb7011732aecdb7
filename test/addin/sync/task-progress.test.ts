import { describe, expect, it } from "vitest";
import { buildWorkCalendar } from "../../../domain/calendar";
import type { MatterWire } from "../../../schema/contracts/matters";
import type { TaskRow } from "../../../schema/contracts/tasks";
import type { UnitRow } from "../../../schema/contracts/units";
import { cyclesInUse, reportingSettings, taskProgressRow, type ProgressInput } from "../../../addin/sync/task-progress";
import { matter } from "../workbook/fixtures";

const unit = (name: string, groups: string[] = []): UnitRow => ({ name, kind: "政府部门", member: true, aliases: [], groups, liaison: null, liaisonPhone: null });
const task = (no: number, entries: [string, string, boolean?][]): TaskRow => ({
  no,
  domain: "营商环境",
  title: `任务${no}`,
  text: "……",
  units: entries.map(([name, u, group], i) => ({ name, unit: u, group: group ?? false, lead: i === 0 })),
});
const report = (taskNo: number, unitName: string, period: string) => ({ id: 1, unit: unitName, task: taskNo, period, progress: "…", problems: "", plan: "", submittedOn: "2026-10-10", version: 1 });
const input = (more: Partial<ProgressInput> = {}): ProgressInput => ({
  units: [unit("县科商经信局", ["各成员单位"]), unit("县财政局", ["各成员单位"]), unit("县法院")],
  reports: [],
  matters: [],
  cycle: "quarterly",
  duties: [],
  calendar: buildWorkCalendar([]),
  today: "2026-11-26",
  ...more,
});
const t19 = task(19, [["县经信局", "县科商经信局"], ["县财政局", "县财政局"]]);

describe("taskProgressRow", () => {
  it("shows canonical unit names and keeps the plan's own name beside where it differs", () => {
    const row = taskProgressRow(t19, input());
    expect(row).toMatchObject({ lead: "县科商经信局", units: ["县科商经信局", "县财政局"], written: ["县经信局 → 县科商经信局"] });
  });

  it("judges the latest period whose reports are due: on 26 November, 2026 Q3", () => {
    expect(taskProgressRow(t19, input()).period).toBe("2026-Q3");
    expect(taskProgressRow(t19, input({ today: "2026-01-05" })).period).toBe("2025-Q3");
  });

  it("counts the lead unit's report by default and says 缺报 while it is missing", () => {
    expect(taskProgressRow(t19, input())).toMatchObject({ reported: "0/1", missing: ["县科商经信局"], status: "缺报" });
    const done = taskProgressRow(t19, input({ reports: [report(19, "县科商经信局", "2026-Q3")] }));
    expect(done).toMatchObject({ reported: "1/1", missing: [], status: "正常" });
  });

  it("ignores reports of another period or task", () => {
    const row = taskProgressRow(t19, input({ reports: [report(19, "县科商经信局", "2026-Q2"), report(20, "县科商经信局", "2026-Q3")] }));
    expect(row.missing).toEqual(["县科商经信局"]);
  });

  it("expects every responsible unit, a group expanded to its members, when the office set reporters to all", () => {
    const t1 = task(1, [["县法院", "县法院"], ["各成员单位", "各成员单位", true]]);
    const row = taskProgressRow(t1, input({ duties: [{ task: 1, reporters: "all", cycle: null }], reports: [report(1, "县财政局", "2026-Q3")] }));
    expect(row).toMatchObject({ reported: "1/3", missing: ["县法院", "县科商经信局"] });
  });

  it("follows a task's own monthly cycle: on 26 November the October reports are due", () => {
    const row = taskProgressRow(t19, input({ duties: [{ task: 19, reporters: "lead", cycle: "monthly" }] }));
    expect(row.period).toBe("2026-10");
  });

  it("says 不需报送 for a task nobody reports on", () => {
    const row = taskProgressRow(t19, input({ duties: [{ task: 19, reporters: "none", cycle: null }] }));
    expect(row).toMatchObject({ reported: "不需报送", missing: [], status: "正常", period: null });
  });

  it("counts the task's open and overdue matters and puts 有逾期 first", () => {
    const matters = [
      matter(1, { task: 19, state: "逾期", status: "办理中" }),
      matter(2, { task: 19, state: "待审核", status: "待审核" }),
      matter(3, { task: 19, state: "按期办结", status: "已办结" }),
      matter(4, { task: 20, state: "逾期", status: "办理中" }),
    ] as unknown as MatterWire[];
    expect(taskProgressRow(t19, input({ matters }))).toMatchObject({ openMatters: 2, overdueMatters: 1, status: "有逾期、缺报" });
  });

  it("judges only the unit's own duty on a unit's pull", () => {
    const row = taskProgressRow(t19, input({ onlyUnit: "县财政局", duties: [{ task: 19, reporters: "all", cycle: null }], reports: [report(19, "县财政局", "2026-Q3")] }));
    expect(row).toMatchObject({ reported: "1/1", missing: [], status: "正常" });
  });

  it("leaves the matter counts blank when the matters could not be downloaded", () => {
    expect(taskProgressRow(t19, input({ matters: null }))).toMatchObject({ openMatters: null, overdueMatters: null });
  });
});

describe("reportingSettings", () => {
  it("reads the cycle and the duties, and falls back to quarterly without settings", () => {
    const duties = [{ task: 3, reporters: "all", cycle: "monthly" }];
    expect(reportingSettings([{ key: "reportingCycle", value: "monthly" }, { key: "reportDuties", value: duties }])).toEqual({ cycle: "monthly", duties });
    expect(reportingSettings(null)).toEqual({ cycle: "quarterly", duties: [] });
  });

  it("lists each cycle in use once", () => {
    expect(cyclesInUse("quarterly", [{ task: 1, reporters: "lead", cycle: "monthly" }, { task: 2, reporters: "lead", cycle: null }, { task: 3, reporters: "all", cycle: "monthly" }])).toEqual(["quarterly", "monthly"]);
  });
});

describe("taskProgressRow: a group that reported nothing", () => {
  it("names the group once instead of listing every member", () => {
    const t2 = task(2, [["各成员单位", "各成员单位", true], ["县法院", "县法院"]]);
    const row = taskProgressRow(t2, input({ duties: [{ task: 2, reporters: "all", cycle: null }] }));
    expect(row).toMatchObject({ reported: "0/3", missing: ["各成员单位（2 家均未报）", "县法院"], status: "缺报" });
  });

  it("lists the members still missing once one of them reported", () => {
    const t2 = task(2, [["各成员单位", "各成员单位", true]]);
    const row = taskProgressRow(t2, input({ reports: [report(2, "县财政局", "2026-Q3")] }));
    expect(row).toMatchObject({ reported: "1/2", missing: ["县科商经信局"] });
  });
});
