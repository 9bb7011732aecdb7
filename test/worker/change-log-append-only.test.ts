import { describe, expect, it } from "vitest";
import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { changeLog } from "../../schema/tables";
import { db } from "./helpers";

async function oneLine(action: string) {
  const [row] = await db()
    .insert(changeLog)
    .values({ actor: "office", entity: "test", entityId: "1", action, before: null, after: { a: 1 } })
    .returning();
  return row!;
}

describe("change_log is append-only in the database", () => {
  it("accepts new lines", async () => {
    const row = await oneLine("insert");
    const [stored] = await db().select().from(changeLog).where(eq(changeLog.id, row.id));
    expect(stored).toMatchObject({ entity: "test", action: "insert", after: { a: 1 } });
  });

  it("refuses to update a line and leaves it as it was", async () => {
    const row = await oneLine("update-me");
    await expect(env.DB.prepare("UPDATE change_log SET actor = 'someone else' WHERE id = ?").bind(row.id).run()).rejects.toThrow(
      /append-only: rows cannot be updated/,
    );
    const viaDrizzle = await db().update(changeLog).set({ after: { a: 2 } }).where(eq(changeLog.id, row.id)).then(() => null, (e: Error) => e);
    expect(String((viaDrizzle?.cause as Error | undefined)?.message)).toMatch(/append-only: rows cannot be updated/);
    const [stored] = await db().select().from(changeLog).where(eq(changeLog.id, row.id));
    expect(stored).toMatchObject({ actor: "office", action: "update-me", after: { a: 1 } });
  });

  it("refuses to delete a line, one or all, and keeps every line", async () => {
    const row = await oneLine("delete-me");
    const before = await env.DB.prepare("SELECT count(*) AS n FROM change_log").first<{ n: number }>();
    await expect(env.DB.prepare("DELETE FROM change_log WHERE id = ?").bind(row.id).run()).rejects.toThrow(
      /append-only: rows cannot be deleted/,
    );
    await expect(env.DB.prepare("DELETE FROM change_log").run()).rejects.toThrow(/append-only/);
    const after = await env.DB.prepare("SELECT count(*) AS n FROM change_log").first<{ n: number }>();
    expect(after!.n).toBe(before!.n);
    expect(before!.n).toBeGreaterThan(0);
  });

  it("rolls back a whole batch that tries to alter the log, keeping its other writes out", async () => {
    const row = await oneLine("batch");
    await expect(
      env.DB.batch([
        env.DB.prepare("INSERT INTO change_log (created_at, actor, entity, entity_id, action) VALUES (0, 'x', 'test', 'batch-2', 'insert')"),
        env.DB.prepare("DELETE FROM change_log WHERE id = ?").bind(row.id),
      ]),
    ).rejects.toThrow(/append-only/);
    const rows = await db().select().from(changeLog).where(eq(changeLog.entityId, "batch-2"));
    expect(rows).toEqual([]);
  });
});
