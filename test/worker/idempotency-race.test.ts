import { beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { changeLog, matters } from "../../schema/tables";
import { api, db } from "./helpers";
import { callers, ensureCalendar2026, matterBody } from "./matters-fixtures";

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

describe("concurrent first uses of one Idempotency-Key", () => {
  it("run the write once: one 201, the others 409 in_progress or the replayed 201, one matter and one log line", async () => {
    const json = matterBody({ title: "同时重发的事项" });
    const results = await Promise.all(
      Array.from({ length: 12 }, () => api("/api/v1/matters", { method: "POST", token: t.office, json, headers: { "Idempotency-Key": "race-1" } })),
    );
    const ran = results.filter((r) => r.status === 201 && r.headers.get("Idempotent-Replayed") === null);
    const replayed = results.filter((r) => r.status === 201 && r.headers.get("Idempotent-Replayed") === "true");
    const busy = results.filter((r) => r.status === 409);
    expect(ran).toHaveLength(1);
    expect(replayed.length + busy.length).toBe(11);
    for (const r of replayed) expect(r.body).toEqual(ran[0]!.body);
    for (const r of busy) {
      expect(r.body.error.code).toBe("in_progress");
      expect(r.body.error.message).toContain("请求正在处理");
      expect(r.headers.get("Retry-After")).toBe("1");
    }
    const stored = await db().select({ id: matters.id }).from(matters).where(eq(matters.title, "同时重发的事项"));
    expect(stored).toEqual([{ id: ran[0]!.body.id }]);
    const [log] = await db().select({ n: count() }).from(changeLog).where(eq(changeLog.entityId, String(ran[0]!.body.id)));
    expect(log!.n).toBe(1);

    const later = await api("/api/v1/matters", { method: "POST", token: t.office, json, headers: { "Idempotency-Key": "race-1" } });
    expect(later.status).toBe(201);
    expect(later.headers.get("Idempotent-Replayed")).toBe("true");
  });
});
