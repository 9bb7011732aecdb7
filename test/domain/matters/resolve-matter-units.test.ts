import { describe, expect, it } from "vitest";
import { resolveMatterUnits } from "../../../domain/matters/resolve-matter-units";
import type { UnitDirectory } from "../../../domain/responsibility";

const directory: UnitDirectory = {
  units: [
    { id: 1, name: "县法院" },
    { id: 2, name: "县财政局" },
    { id: 3, name: "县科商经信局" },
    { id: 4, name: "县税务局" },
  ],
  aliases: [{ alias: "县经信局", unitId: 3 }],
  groups: [{ id: 1, name: "各成员单位", memberIds: [1, 2, 3, 4] }],
};
const task19 = { no: 19, responsibleIds: [1, 3] };

describe("resolveMatterUnits", () => {
  it("resolves the lead and co-units to ids in the order written", () => {
    expect(resolveMatterUnits("县法院", ["县税务局", "县财政局"], directory, null)).toEqual({
      ok: true,
      leadId: 1,
      coIds: [4, 2],
      resolved: [],
    });
  });

  it("reports a name written as an alias with the unit it stands for", () => {
    const out = resolveMatterUnits("县法院", ["县经信局"], directory, task19);
    expect(out).toEqual({ ok: true, leadId: 1, coIds: [3], resolved: [{ written: "县经信局", unit: "县科商经信局" }] });
  });

  it("refuses an unknown lead in column lead", () => {
    const out = resolveMatterUnits("县不存在局", [], directory, null);
    expect(out).toEqual({ ok: false, refusals: [{ column: "lead", code: "unknown_unit", message: "牵头单位「县不存在局」不在单位名录中" }] });
  });

  it("refuses a group as the lead", () => {
    const out = resolveMatterUnits("各成员单位", [], directory, null);
    expect(out.ok === false && out.refusals.map((r) => r.code)).toEqual(["group_not_unit"]);
  });

  it("refuses a lead not responsible for the task, naming the task", () => {
    const out = resolveMatterUnits("县财政局", [], directory, task19);
    expect(out).toEqual({ ok: false, refusals: [{ column: "lead", code: "not_responsible", message: "县财政局不是第19项重点工作的责任单位" }] });
  });

  it("accepts any lead for a task whose plan names no unit", () => {
    expect(resolveMatterUnits("县财政局", [], directory, { no: 32, responsibleIds: [] }).ok).toBe(true);
  });

  it("refuses a co-unit equal to the lead", () => {
    const out = resolveMatterUnits("县法院", ["县法院"], directory, null);
    expect(out.ok === false && out.refusals).toEqual([{ column: "co", code: "same_as_lead", message: "协办单位「县法院」与牵头单位相同" }]);
  });

  it("refuses a co-unit named twice, also when once by its alias", () => {
    const out = resolveMatterUnits("县法院", ["县科商经信局", "县经信局"], directory, null);
    expect(out.ok === false && out.refusals).toEqual([
      { column: "co", code: "duplicate", message: "协办单位「县经信局」（县科商经信局）重复填写" },
    ]);
  });

  it("reports every problem at once", () => {
    const out = resolveMatterUnits("各成员单位", ["县甲局", "县乙局"], directory, null);
    expect(out.ok === false && out.refusals.length).toBe(3);
  });

  describe("edge cases", () => {
    it("does not modify the co-unit list it is given", () => {
      const co = Object.freeze(["县税务局", "县经信局"]);
      resolveMatterUnits("县法院", co, directory, null);
      expect(co).toEqual(["县税务局", "县经信局"]);
    });
  });
});
