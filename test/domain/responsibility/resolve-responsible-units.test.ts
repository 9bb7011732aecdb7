import { describe, expect, it } from "vitest";
import { resolveResponsibleUnits, type Responsibility, type UnitDirectory } from "../../../domain/responsibility";
import { directory, membersOf, nameOf, responsibilitiesOf } from "./plan-directory";

const namesFor = (no: number) => resolveResponsibleUnits(responsibilitiesOf(no), directory).map(nameOf);
const unitOrder = (names: string[]) => directory.units.map((u) => u.name).filter((n) => names.includes(n));

const small: UnitDirectory = {
  units: [
    { id: 1, name: "县法院" },
    { id: 2, name: "县财政局" },
    { id: 3, name: "县司法局" },
  ],
  aliases: [],
  groups: [{ id: 5, name: "各成员单位", memberIds: [3, 1, 2] }],
};

describe("resolveResponsibleUnits", () => {
  it("lists task 17's units lead first, in the plan's order, with 县商务局 as 县科商经信局", () => {
    expect(namesFor(17)).toEqual(["县发改委", "县法院", "县科商经信局", "县财政局"]);
  });

  it("expands a group to its members, in the order of the unit list", () => {
    expect(namesFor(2)).toEqual(unitOrder(membersOf("各成员单位")));
    expect(namesFor(2)).toHaveLength(27);
  });

  it("keeps the lead first when a group that follows also holds it, and lists it once", () => {
    const rows: Responsibility[] = [
      { position: 0, unitId: 3, groupId: null },
      { position: 1, unitId: null, groupId: 5 },
    ];
    expect(resolveResponsibleUnits(rows, small)).toEqual([3, 1, 2]);
  });

  it("puts task 1's lead 县委政法委 before the groups that follow it", () => {
    const names = namesFor(1);
    expect(names[0]).toBe("县委政法委");
    expect(names.slice(1, 28)).toEqual(unitOrder(membersOf("各成员单位")));
  });

  it("lists a unit at its first mention: 县司法局 comes with 县政府各部门 in task 9, not at the end", () => {
    const names = namesFor(9);
    expect(membersOf("县政府各部门")).toContain("县司法局");
    expect(names.indexOf("县司法局")).toBeLessThan(names.indexOf(membersOf("各直属机构")[0]!));
    expect(new Set(names).size).toBe(names.length);
  });

  it("gives no units for task 32, which names none", () => {
    expect(responsibilitiesOf(32)).toEqual([]);
    expect(namesFor(32)).toEqual([]);
  });

  it("orders by position, not by the order the rows arrive in", () => {
    const rows: Responsibility[] = [
      { position: 2, unitId: null, groupId: 5 },
      { position: 0, unitId: 2, groupId: null },
      { position: 1, unitId: 3, groupId: null },
    ];
    expect(resolveResponsibleUnits(rows, small)).toEqual([2, 3, 1]);
  });

  describe("edge cases", () => {
    it("skips a group the directory does not know and a row naming neither unit nor group", () => {
      const rows: Responsibility[] = [
        { position: 0, unitId: 1, groupId: null },
        { position: 1, unitId: null, groupId: 99 },
        { position: 2, unitId: null, groupId: null },
      ];
      expect(resolveResponsibleUnits(rows, small)).toEqual([1]);
    });

    it("does not mutate the responsibilities or the directory", () => {
      const rows: Responsibility[] = [
        { position: 1, unitId: null, groupId: 5 },
        { position: 0, unitId: 2, groupId: null },
      ];
      const before = structuredClone({ rows, small });
      resolveResponsibleUnits(rows, small);
      expect({ rows, small }).toEqual(before);
    });
  });
});
