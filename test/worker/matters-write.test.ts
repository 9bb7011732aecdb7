import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { changeLog, matters, matterUnits } from "../../schema/tables";
import { ApiError } from "../../worker/platform/errors";
import { runMatterChange, versionedChange } from "../../worker/matters/matters-write";
import { api, db, TODAY } from "./helpers";
import { callers, createMatter, ensureCalendar2026 } from "./matters-fixtures";

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

/** A contribution change prepared from version `from`, as the PATCH route builds it. */
const contributionChange = (matterId: number, unitId: number, from: number, note: string) => [
  db().update(matterUnits).set({ contribution: note }).where(and(eq(matterUnits.matterId, matterId), eq(matterUnits.unitId, unitId))),
  ...versionedChange(db(), matterId, from, {}, { actor: "test", action: "contribute", before: null, after: { contribution: note } }),
];

describe("a matter change that loses a race", () => {
  it("writes the change and its log row when the version is still the one read", async () => {
    const m = await createMatter(t.office);
    const [co] = await db().select().from(matterUnits).where(and(eq(matterUnits.matterId, m.id), eq(matterUnits.role, "co")));
    await runMatterChange(db(), m.id, 1, contributionChange(m.id, co!.unitId, 1, "第一次"), TODAY);
    const logs = await db().select().from(changeLog).where(and(eq(changeLog.entityId, String(m.id)), eq(changeLog.actor, "test")));
    expect(logs).toHaveLength(1);
  });

  it("answers 409 with the current row and writes nothing when another change landed after the read", async () => {
    const m = await createMatter(t.office);
    const [co] = await db().select().from(matterUnits).where(and(eq(matterUnits.matterId, m.id), eq(matterUnits.role, "co")));
    // Another caller settles between our read (version 1) and our batch.
    const settled = await api(`/api/v1/matters/${m.id}`, { method: "PATCH", token: t.court, json: { version: 1, settled: "2026-05-12", result: "已办结" } });
    expect(settled.status).toBe(200);
    expect(settled.body).toMatchObject({ version: 2, status: "待审核" });

    const error = await runMatterChange(db(), m.id, 1, contributionChange(m.id, co!.unitId, 1, "迟到的说明"), TODAY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(409);
    expect((error as ApiError).extra.current).toMatchObject({ version: 2, status: "待审核" });

    const [unitRow] = await db().select().from(matterUnits).where(and(eq(matterUnits.matterId, m.id), eq(matterUnits.unitId, co!.unitId)));
    expect(unitRow?.contribution).toBeNull();
    const [row] = await db().select().from(matters).where(eq(matters.id, m.id));
    expect(row?.version).toBe(2);
    const logs = await db().select().from(changeLog).where(and(eq(changeLog.entityId, String(m.id)), eq(changeLog.actor, "test")));
    expect(logs).toEqual([]);
  });
});
