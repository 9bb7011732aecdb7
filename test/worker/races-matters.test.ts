import { beforeAll, describe, expect, it } from "vitest";
import { eq, inArray, like } from "drizzle-orm";
import { changeLog, matters, matterUnits } from "../../schema/tables";
import { api, db } from "./helpers";
import { callers, ensureCalendar2026, matterBody } from "./matters-fixtures";

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

describe("concurrent matter creates", () => {
  it("all succeed with distinct ids, each with its own units and one log line naming its id", async () => {
    const titles = Array.from({ length: 20 }, (_, i) => `并发新建事项${i}`);
    const results = await Promise.all(titles.map((title) => api("/api/v1/matters", { method: "POST", token: t.office, json: matterBody({ title }) })));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    const ids = results.map((r) => r.body.id as number);
    expect(new Set(ids).size).toBe(20);
    results.forEach((r, i) => expect(r.body.title).toBe(titles[i]));

    const stored = await db().select({ id: matters.id, title: matters.title }).from(matters).where(like(matters.title, "并发新建事项%"));
    expect(stored.map((m) => [m.id, m.title]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual(
      results.map((r) => [r.body.id, r.body.title]).sort((a, b) => a[0] - b[0]),
    );
    const units = await db().select().from(matterUnits).where(inArray(matterUnits.matterId, ids));
    expect(units).toHaveLength(40); // a lead and a co-unit each
    const log = await db().select().from(changeLog).where(inArray(changeLog.entityId, ids.map(String)));
    expect(log.filter((l) => l.action === "insert")).toHaveLength(20);
    for (const l of log) expect((l.after as { id: number; title: string }).id).toBe(Number(l.entityId));
    for (const l of log) expect(results.find((r) => r.body.id === Number(l.entityId))!.body.title).toBe((l.after as { title: string }).title);
  });

  it("records the new matter's id in its log line", async () => {
    const res = await api("/api/v1/matters", { method: "POST", token: t.office, json: matterBody({ title: "日志里的编号" }) });
    expect(res.status).toBe(201);
    const [line] = await db().select().from(changeLog).where(eq(changeLog.entityId, String(res.body.id)));
    expect(line).toMatchObject({ action: "insert", after: expect.objectContaining({ id: res.body.id, title: "日志里的编号", lead: "县法院" }) });
  });
});
