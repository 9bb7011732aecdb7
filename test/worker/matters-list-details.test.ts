import { describe, expect, it } from "vitest";
import {
  matterExtensions,
  matters,
  matterUnits,
  units,
} from "../../schema/tables";
import { api, db, tokenFor } from "./helpers";

// More matters than one read binds ids (100): a list reads their details by its own filter, a
// page by its filter and limit. Each matter must still get exactly its own lead, co-units and
// extensions, on a whole list, on each page and within a unit's filter.
const seeded = (async () => {
  const all = await db()
    .select()
    .from(units)
    .orderBy(units.sortOrder, units.id);
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
  for (let i = 0; i < values.length; i += 7)
    ids.push(
      ...(
        await db()
          .insert(matters)
          .values(values.slice(i, i + 7))
          .returning({ id: matters.id })
      ).map((r) => r.id),
    );
  const links = ids.flatMap((id, i) => [
    { matterId: id, unitId: unitAt(i).id, role: "lead" as const },
    ...(i % 3 === 0
      ? [{ matterId: id, unitId: unitAt(i + 1).id, role: "co" as const }]
      : []),
  ]);
  for (let i = 0; i < links.length; i += 30)
    await db()
      .insert(matterUnits)
      .values(links.slice(i, i + 30));
  const extended = ids.filter((_, i) => i % 7 === 0);
  for (let i = 0; i < extended.length; i += 10) {
    await db()
      .insert(matterExtensions)
      .values(
        extended
          .slice(i, i + 10)
          .map((matterId) => ({
            matterId,
            reason: `第${matterId}号延期`,
            days: 5,
            previousDeadline: "2031-03-16",
          })),
      );
  }
  return { ids, unitAt };
})();

/** Checks each listed matter against what was seeded for it; returns how many were checked. */
async function checkEach(listed: any[]) {
  const { ids, unitAt } = await seeded;
  for (const m of listed) {
    const i = ids.indexOf(m.id);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(m.title).toBe(`明细核对事项${i + 1}`);
    expect(m.lead).toBe(unitAt(i).name);
    expect(m.co).toEqual(i % 3 === 0 ? [unitAt(i + 1).name] : []);
    expect(m.extensions.map((e: any) => e.reason)).toEqual(
      i % 7 === 0 ? [`第${m.id}号延期`] : [],
    );
  }
  return listed.length;
}

const RANGE = "from=2031-03-01&to=2031-03-31";

describe("GET /api/v1/matters: details of a long list", () => {
  it("gives each of 260 matters its own lead, co-units and extensions", async () => {
    const res = await api(`/api/v1/matters?${RANGE}`, {
      token: await tokenFor("office"),
    });
    expect(res.status).toBe(200);
    expect(new Set(res.body.matters.map((m: any) => m.id)).size).toBe(260);
    expect(await checkEach(res.body.matters)).toBe(260);
  });

  it("gives each matter of every page of 90 its own details, and only the page's matters", async () => {
    const token = await tokenFor("office");
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const res: any = await api(
        `/api/v1/matters?${RANGE}&limit=90${cursor ? `&cursor=${cursor}` : ""}`,
        { token },
      );
      expect(res.status).toBe(200);
      expect(res.body.matters.length).toBeLessThanOrEqual(90);
      await checkEach(res.body.matters);
      seen.push(...res.body.matters.map((m: any) => m.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen.sort((a, b) => a - b)).toEqual(
      [...(await seeded).ids].sort((a, b) => a - b),
    );
  });

  it("gives a unit's own list (lead or co-unit) each matter's full details, other units included", async () => {
    const { ids, unitAt } = await seeded;
    const unit = unitAt(1);
    const res = await api(
      `/api/v1/matters?${RANGE}&unit=${encodeURIComponent(unit.name)}`,
      { token: await tokenFor("office") },
    );
    expect(res.status).toBe(200);
    const expected = ids.filter(
      (_, i) =>
        unitAt(i).id === unit.id ||
        (i % 3 === 0 && unitAt(i + 1).id === unit.id),
    );
    expect(
      res.body.matters
        .map((m: any) => m.id)
        .sort((a: number, b: number) => a - b),
    ).toEqual(expected.sort((a, b) => a - b));
    expect(await checkEach(res.body.matters)).toBeGreaterThan(0);
  });
});
