import { describe, expect, it } from "vitest";
import { tasksOfUnit } from "../../../addin/sync/shape";

const task = (no: number, units: { name: string; unit: string; group?: boolean }[]) => ({
  no,
  domain: "诉源治理",
  title: `任务${no}`,
  text: "……",
  units: units.map((u, i) => ({ name: u.name, unit: u.unit, group: u.group ?? false, lead: i === 0 })),
});

describe("tasksOfUnit", () => {
  const units = [
    { name: "县财政局", kind: "政府部门", member: true, aliases: [], groups: ["各成员单位"], liaison: null, liaisonPhone: null },
    { name: "供电公司", kind: "其他单位", member: false, aliases: [], groups: [], liaison: null, liaisonPhone: null },
  ];
  const tasks = [
    task(1, [{ name: "县法院", unit: "县法院" }, { name: "各成员单位", unit: "各成员单位", group: true }]),
    task(2, [{ name: "县财政局", unit: "县财政局" }]),
    task(3, [{ name: "县法院", unit: "县法院" }]),
  ];

  it("keeps the tasks naming the unit itself or a group it belongs to", () => {
    expect(tasksOfUnit(tasks, units, "县财政局").map((t) => t.no)).toEqual([1, 2]);
  });

  it("gives a unit outside every group only the tasks that name it", () => {
    expect(tasksOfUnit(tasks, units, "供电公司")).toEqual([]);
  });
});
