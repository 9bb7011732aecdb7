import { describe, expect, it } from "vitest";
import { resolveUnitName } from "../../../domain/responsibility";
import { directory, planTasks } from "./plan-directory";

// The plan's directory as the resolver sees it: every name the plan writes means exactly one thing.

describe("the plan's unit directory", () => {
  it("resolves every responsible unit any task names", () => {
    const unknown = planTasks.flatMap((t) => t.responsible.filter((n) => resolveUnitName(n, directory) === null).map((n) => `${t.no}:${n}`));
    expect(unknown).toEqual([]);
  });

  it("points every alias at a unit, and no alias is also a unit's or a group's name", () => {
    const names = new Set([...directory.units.map((u) => u.name), ...directory.groups.map((g) => g.name)]);
    expect(directory.aliases.filter((a) => !directory.units.some((u) => u.id === a.unitId)).map((a) => a.alias)).toEqual([]);
    expect(directory.aliases.filter((a) => names.has(a.alias)).map((a) => a.alias)).toEqual([]);
  });

  it("has no group named like a unit, and only units as group members", () => {
    const units = new Set(directory.units.map((u) => u.id));
    expect(directory.groups.filter((g) => directory.units.some((u) => u.name === g.name)).map((g) => g.name)).toEqual([]);
    expect(directory.groups.flatMap((g) => g.memberIds.filter((id) => !units.has(id)))).toEqual([]);
  });

  it("names each unit once", () => {
    const names = directory.units.map((u) => u.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
