import { beforeAll, describe, expect, it } from "vitest";
import { and, eq, like } from "drizzle-orm";
import { changeLog, reports } from "../../schema/tables";
import { api, db, tokenFor } from "./helpers";

// Real concurrency: many requests in flight at once through the worker's fetch handler, against
// the real local D1; what a user would check is then read back from the database.

let finance: string;
beforeAll(async () => {
  finance = await tokenFor("unit", "县财政局");
});

const submit = (period: string, progress: string, version?: number) =>
  api("/api/v1/reports", { method: "POST", token: finance, json: { rows: [{ task: 17, period, progress, ...(version ? { version } : {}) }] } });
const storedReport = async (period: string) => (await db().select().from(reports).where(and(eq(reports.taskNo, 17), eq(reports.period, period))))[0];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const logFor = (entityLike: string) => db().select().from(changeLog).where(and(eq(changeLog.entity, "reports"), like(changeLog.entityId, entityLike)));

describe("several clients submitting the same report at once", () => {
  it("from the same version: exactly one gets 200, the others 409 with the current row, and the log has one update", async () => {
    const period = "2025-Q1";
    const first = await submit(period, "初稿");
    expect(first.status).toBe(200);
    const id = first.body.rows[0].id;
    const texts = Array.from({ length: 10 }, (_, i) => `第${i + 1}位同事的修改`);
    const results = await Promise.all(texts.map((t) => submit(period, t, 1)));

    const ok = results.filter((r) => r.status === 200);
    expect(ok).toHaveLength(1);
    const losers = results.filter((r) => r.status !== 200);
    expect(losers.map((r) => r.status)).toEqual(Array(9).fill(409));
    const winner = ok[0]!.body.rows[0];
    expect(winner).toMatchObject({ id, version: 2 });
    for (const r of losers) {
      expect(r.body.error.current).toEqual([expect.objectContaining({ id, version: 2, progress: winner.progress })]);
      expect(r.body.error.details[0]).toMatchObject({ row: 0, column: "version", code: "stale" });
    }
    const stored = await storedReport(period);
    expect(stored).toMatchObject({ version: 2, progress: winner.progress });
    const updates = (await logFor(String(id))).filter((l) => l.action === "update");
    expect(updates).toHaveLength(1);
    expect(updates[0]!.after).toMatchObject({ progress: winner.progress });
  });

  it("without a version, for a report not there yet: exactly one 200, the others 409 with the winner's row, and one create in the log", async () => {
    const period = "2025-Q2";
    // Six sent at the same instant race each other to the insert; six more follow a few
    // milliseconds apart while those are in flight and read the report the winner just stored.
    // Neither kind may overwrite it.
    const texts = Array.from({ length: 12 }, (_, i) => `同时首报${i}`);
    const results = await Promise.all(texts.map(async (t, i) => (await sleep(Math.max(0, i - 5) * 4), submit(period, t))));

    const ok = results.filter((r) => r.status === 200);
    expect(ok).toHaveLength(1);
    const losers = results.filter((r) => r.status !== 200);
    expect(losers.map((r) => r.status)).toEqual(Array(11).fill(409));
    const winner = ok[0]!.body.rows[0];
    expect(winner).toMatchObject({ version: 1 });
    expect(texts).toContain(winner.progress);
    for (const r of losers) {
      expect(r.body.error.current).toEqual([expect.objectContaining({ id: winner.id, version: 1, progress: winner.progress })]);
      expect(r.body.error.details[0]).toMatchObject({ row: 0, column: "version", code: "stale" });
    }
    const stored = (await storedReport(period))!;
    expect(stored).toMatchObject({ id: winner.id, version: 1, progress: winner.progress });
    const lines = [...(await logFor(`%/17/${period}`)), ...(await logFor(String(stored.id)))];
    expect(lines.map((l) => l.action)).toEqual(["insert"]);
    expect(lines[0]!.after).toMatchObject({ progress: winner.progress });
  });
});
