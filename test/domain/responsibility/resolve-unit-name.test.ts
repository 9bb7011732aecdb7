import { describe, expect, it } from "vitest";
import { resolveUnitName, type UnitDirectory } from "../../../domain/responsibility";
import { directory, membersOf, nameOf } from "./plan-directory";

const small: UnitDirectory = {
  units: [
    { id: 1, name: "县法院" },
    { id: 2, name: "县财政局" },
  ],
  aliases: [
    { alias: "县财政局", unitId: 1 },
    { alias: "各成员单位", unitId: 1 },
    { alias: "县旧名局", unitId: 99 },
  ],
  groups: [{ id: 7, name: "各成员单位", memberIds: [2, 1] }],
};

describe("resolveUnitName", () => {
  it("resolves a unit's own name to that unit, with no alias mark", () => {
    const out = resolveUnitName("县法院", directory);
    expect(out).toEqual({ kind: "unit", id: 1, name: "县法院", written: "县法院" });
  });

  it("resolves 县经信局 and 县商务局, the plan's older names, to 县科商经信局 and says an alias was used", () => {
    for (const written of ["县经信局", "县商务局"]) {
      expect(resolveUnitName(written, directory)).toMatchObject({ kind: "unit", name: "县科商经信局", written, via: "alias" });
    }
  });

  it("resolves 县政府办公室 to 县政府办", () => {
    expect(resolveUnitName("县政府办公室", directory)).toMatchObject({ kind: "unit", name: "县政府办", written: "县政府办公室", via: "alias" });
  });

  it("resolves a collective name to the group and its members", () => {
    const out = resolveUnitName("各直属机构", directory);
    expect(out?.kind).toBe("group");
    expect(out?.kind === "group" && out.memberIds.map(nameOf)).toEqual(membersOf("各直属机构"));
    expect(membersOf("各直属机构")).toHaveLength(5);
  });

  it("ignores surrounding whitespace and keeps the name as it was written", () => {
    expect(resolveUnitName("  县财政局 ", directory)).toMatchObject({ kind: "unit", name: "县财政局", written: "  县财政局 " });
  });

  it("prefers a unit's own name, then a group, to an alias spelled the same", () => {
    expect(resolveUnitName("县财政局", small)).toMatchObject({ kind: "unit", id: 2 });
    expect(resolveUnitName("各成员单位", small)).toMatchObject({ kind: "group", id: 7 });
  });

  describe("edge cases", () => {
    it("gives null for a name no unit, group or alias carries", () => {
      expect(resolveUnitName("县不存在局", directory)).toBeNull();
    });

    it("gives null for an empty or blank name", () => {
      expect(resolveUnitName("", directory)).toBeNull();
      expect(resolveUnitName("   ", directory)).toBeNull();
    });

    it("gives null for an alias whose unit is not in the directory", () => {
      expect(resolveUnitName("县旧名局", small)).toBeNull();
    });

    it("does not mutate the directory", () => {
      const before = structuredClone(small);
      for (const name of ["县法院", "县财政局", "各成员单位", "县旧名局", "x"]) resolveUnitName(name, small);
      expect(small).toEqual(before);
    });
  });
});
