// Reads built once per isolate and bound per request (worker/platform/prepared-read.ts): each
// request gets the rows of its own values, sees the writes made before it, and two fields of one
// name from two tables keep their own values.
import { eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import { units } from "../../../schema/tables";
import { bind, preparedReads, runRead } from "../../../worker/platform/prepared-read";
import { readBatch } from "../../../worker/platform/read-batch";
import { api, db, tokenFor } from "../helpers";

const unitByName = () => preparedReads("test:unit-by-name", () => [db().select({ id: units.id, name: units.name }).from(units).where(eq(units.name, sql.placeholder("name")))]);

describe("a read prepared once per isolate", () => {
  it("answers each binding with the rows of its own value, alone and in a batch", async () => {
    const [read] = unitByName();
    const [finance] = await runRead(db(), bind(read, { name: "县财政局" }));
    const [court] = await runRead(db(), bind(read, { name: "县法院" }));
    expect(finance?.name).toBe("县财政局");
    expect(court?.name).toBe("县法院");
    expect(finance?.id).not.toBe(court?.id);
    const [inBatchA, inBatchB] = await readBatch(db(), [bind(read, { name: "县法院" }), bind(read, { name: "县财政局" })]);
    expect(inBatchA).toEqual([court]);
    expect(inBatchB).toEqual([finance]);
    expect(await runRead(db(), bind(read, { name: "没有这个单位" }))).toEqual([]);
  });

  it("is the same object for the same key, and sees a row written after it was built", async () => {
    const [read] = unitByName();
    expect(unitByName()[0]).toBe(read);
    await db().update(units).set({ name: "县财政局（改名）" }).where(eq(units.name, "县财政局"));
    expect((await runRead(db(), bind(read, { name: "县财政局（改名）" })))[0]?.name).toBe("县财政局（改名）");
    expect(await runRead(db(), bind(read, { name: "县财政局" }))).toEqual([]);
    await db().update(units).set({ name: "县财政局" }).where(eq(units.name, "县财政局（改名）"));
  });

  it("keeps two fields of one column name apart when read alone (by position) and refuses them in a batch", async () => {
    const other = alias(units, "other");
    const [read] = preparedReads("test:two-names", () => [
      db()
        .select({ unit: units.name, other: other.name })
        .from(units)
        .innerJoin(other, eq(other.name, sql.placeholder("other")))
        .where(eq(units.name, sql.placeholder("unit"))),
    ]);
    expect(await runRead(db(), bind(read, { unit: "县法院", other: "县财政局" }))).toEqual([{ unit: "县法院", other: "县财政局" }]);
    await expect(readBatch(db(), [bind(read, { unit: "县法院", other: "县财政局" })])).rejects.toThrow(/two fields named name/);
  });

  it("lists matters by their own filter values when two requests share the list's shape", async () => {
    const office = await tokenFor("office");
    const handTo = async (unit: string) => {
      const res = await api("/api/v1/matters", { method: "POST", token: office, json: { title: `${unit}的事项`, lead: unit, assigned: "2026-11-02", source: "其他", days: 10 } });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    };
    await handTo("县财政局");
    await handTo("县法院");
    for (const unit of ["县财政局", "县法院"]) {
      const res = await api(`/api/v1/matters?unit=${encodeURIComponent(unit)}&limit=10`, { token: office });
      expect(res.status).toBe(200);
      const leads = (res.body as { matters: { lead: string }[] }).matters.map((m) => m.lead);
      expect(leads).toEqual([unit]);
    }
  });
});
