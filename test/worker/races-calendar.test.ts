import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { changeLog, matters, units } from "../../schema/tables";
import { api, db, tokenFor } from "./helpers";

let office: string;
let unitId: number;
beforeAll(async () => {
  office = await tokenFor("office");
  const [u] = await db().select().from(units).where(eq(units.name, "县财政局"));
  unitId = u!.id;
});

const logOf = (entity: string, id: string) => db().select().from(changeLog).where(and(eq(changeLog.entity, entity), eq(changeLog.entityId, id)));

describe("PUT /api/v1/calendar/:year under concurrency", () => {
  it("recomputes a matter's deadline once per change that took effect, and logs nothing that did not", async () => {
    const [m] = await db()
      .insert(matters)
      .values({ title: "节假日并发重算", source: "其他", leadUnitId: unitId, assigned: "2032-03-01", days: 10, deadline: "2032-03-15", originalDeadline: "2032-03-15" })
      .returning();
    // Each arrangement adds another day off inside the matter's ten working days, so each moves its deadline.
    const days = ["2032-03-02", "2032-03-03", "2032-03-04", "2032-03-05", "2032-03-08", "2032-03-09"];
    const results = await Promise.all(days.map((d) => api("/api/v1/calendar/2032", { method: "PUT", token: office, json: { off: ["2032-01-01", d], work: [] } })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s !== 200 && s !== 409)).toEqual([]);
    const ok = results.filter((r) => r.status === 200);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.error.code).toBe("conflict");

    const [now] = await db().select().from(matters).where(eq(matters.id, m!.id));
    const recomputes = await logOf("matters", String(m!.id));
    // One log line per version bump, each from the version before it: no line for an update that matched nothing.
    expect(recomputes).toHaveLength(now!.version - 1);
    expect(recomputes.map((l) => (l.before as { version: number }).version)).toEqual(recomputes.map((_, i) => i + 1));
    expect(recomputes.at(-1)!.after).toMatchObject({ deadline: now!.deadline, version: now!.version });
    // The stored year is the arrangement of the last accepted PUT, and each accepted PUT is logged once.
    const yearLog = await logOf("calendar_years", "2032");
    expect(yearLog).toHaveLength(ok.length);
    const stored = await api("/api/v1/calendar/2032", { token: office });
    expect(stored.body.off).toEqual((yearLog.at(-1)!.after as { off: string[] }).off);
  });

  it("of racing replacements of a loaded year, each accepted one is logged from the one before it", async () => {
    const first = await api("/api/v1/calendar/2033", { method: "PUT", token: office, json: { off: ["2033-01-03"], work: [], source: "来源0" } });
    expect(first.status).toBe(200);
    const results = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((i) => api("/api/v1/calendar/2033", { method: "PUT", token: office, json: { off: ["2033-01-03"], work: [], source: `来源${i}` } })),
    );
    expect(results.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    const ok = results.filter((r) => r.status === 200);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    const log = await logOf("calendar_years", "2033");
    expect(log).toHaveLength(1 + ok.length);
    const sources = log.map((l) => (l.after as { source: string }).source);
    // No lost update: every line starts from what the line before it stored.
    log.slice(1).forEach((l, i) => expect((l.before as { source: string }).source).toBe(sources[i]));
    expect((await api("/api/v1/calendar/2033", { token: office })).body.source).toBe(sources.at(-1));
  });
});
