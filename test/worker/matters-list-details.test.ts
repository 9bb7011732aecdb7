import { describe, expect, it } from "vitest";
import { matterExtensions, matters, matterUnits, units } from "../../schema/tables";
import { api, db, tokenFor } from "./helpers";

// More matters than one read binds ids (100), so their details come from several reads and
// batches: each matter must still get exactly its own lead, co-units and extensions.
describe("GET /api/v1/matters: details of a long list", () => {
  it("gives each of 260 matters its own lead, co-units and extensions", async () => {
    const all = await db().select().from(units).orderBy(units.sortOrder, units.id);
    const unitAt = (i: number) => all[i % all.length]!;
    const values = Array.from({ length: 260 }, (_, i) => ({
      title: `明细核对事项${i + 1}`,
      source: "专题会议",
      leadUnitId: unitAt(i).id,
      assigned: "2031-03-02",
      deadline: "2031-03-16",
      originalDeadline: "2031-03-16",
    }));
    const ids: number[] = [];
    for (let i = 0; i < values.length; i += 7) ids.push(...(await db().insert(matters).values(values.slice(i, i + 7)).returning({ id: matters.id })).map((r) => r.id));
    const links = ids.flatMap((id, i) => [
      { matterId: id, unitId: unitAt(i).id, role: "lead" as const },
      ...(i % 3 === 0 ? [{ matterId: id, unitId: unitAt(i + 1).id, role: "co" as const }] : []),
    ]);
    for (let i = 0; i < links.length; i += 30) await db().insert(matterUnits).values(links.slice(i, i + 30));
    const extended = ids.filter((_, i) => i % 7 === 0);
    for (let i = 0; i < extended.length; i += 10) {
      await db().insert(matterExtensions).values(extended.slice(i, i + 10).map((matterId) => ({ matterId, reason: `第${matterId}号延期`, days: 5, previousDeadline: "2031-03-16" })));
    }

    const res = await api("/api/v1/matters?from=2031-03-01&to=2031-03-31", { token: await tokenFor("office") });
    expect(res.status).toBe(200);
    const byId = new Map(res.body.matters.map((m: any) => [m.id, m]));
    expect(byId.size).toBe(260);
    ids.forEach((id, i) => {
      const m: any = byId.get(id);
      expect(m.title).toBe(`明细核对事项${i + 1}`);
      expect(m.lead).toBe(unitAt(i).name);
      expect(m.co).toEqual(i % 3 === 0 ? [unitAt(i + 1).name] : []);
      expect(m.extensions.map((e: any) => e.reason)).toEqual(i % 7 === 0 ? [`第${id}号延期`] : []);
    });
  });
});
