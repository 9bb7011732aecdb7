import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import plan from "../../seed/jinzhai/plan.json";
import { extractTasks } from "../../scripts/extract-plan-tasks";
import { PlanSeedSchema } from "../../schema/contracts/plan-seed";
import { resolveUnitName } from "../../domain/responsibility";

const documentPath = path.resolve(import.meta.dirname, "../../../shared/plan/jinzheng-2022-23.txt");
const fromDocument = extractTasks(readFileSync(documentPath, "utf8"));

describe("the Jinzhai plan seed", () => {
  it("is a valid plan seed", () => {
    expect(() => PlanSeedSchema.parse(plan)).not.toThrow();
  });

  it("has the document's 32 tasks in its 5 domains, headed as the plan heads them (the fifth is 其他相关工作)", () => {
    expect(fromDocument).toHaveLength(32);
    expect(plan.tasks.map((t) => [t.no, t.domain])).toEqual(fromDocument.map((t) => [t.no, t.domain]));
    expect([...new Set(plan.tasks.map((t) => t.domain))]).toEqual(["诉源治理", "行政案件", "破产办理", "执行案件", "其他相关工作"]);
  });

  it("matches the document task by task: title, text and responsible units in order, lead first", () => {
    for (const doc of fromDocument) {
      const seeded = plan.tasks.find((t) => t.no === doc.no)!;
      expect(seeded.title, `task ${doc.no}`).toBe(doc.title);
      expect(seeded.text, `task ${doc.no}`).toBe(doc.text);
      expect(seeded.responsible, `task ${doc.no}`).toEqual(doc.units);
    }
  });

  it("keeps task 32 without a responsible unit, as the document has it", () => {
    expect(plan.tasks[31]!.responsible).toEqual([]);
  });

  it("lists the 27 joint-meeting members in the document's order", () => {
    const list = readFileSync(documentPath, "utf8").split("联席会议成员单位名单")[1]!.replace(/\s/g, "").split("、");
    expect(plan.units.filter((u) => u.member).map((u) => u.name)).toEqual(list);
  });

  it("resolves every name a task uses to a unit or a group", () => {
    const units = plan.units.map((u, id) => ({ id, name: u.name }));
    const id = (name: string) => units.find((u) => u.name === name)!.id;
    const directory = {
      units,
      aliases: plan.aliases.map((a) => ({ alias: a.alias, unitId: id(a.unit) })),
      groups: plan.groups.map((g, gid) => ({ id: gid, name: g.name, memberIds: g.members.map(id) })),
    };
    const unresolved = plan.tasks.flatMap((t) => t.responsible).filter((n) => resolveUnitName(n, directory) === null);
    expect(unresolved).toEqual([]);
  });

  it("resolves the document's other names for one unit through aliases, not new units", () => {
    const alias = Object.fromEntries(plan.aliases.map((a) => [a.alias, a.unit]));
    expect(alias["县经信局"]).toBe("县科商经信局");
    expect(alias["县商务局"]).toBe("县科商经信局");
    expect(alias["县政府办公室"]).toBe("县政府办");
    expect(plan.units.map((u) => u.name)).not.toContain("县经信局");
  });
});
