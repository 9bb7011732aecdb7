import { beforeAll, describe, expect, it } from "vitest";
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { and, count, eq, like } from "drizzle-orm";
import { assessmentAdjustments, changeLog, idempotencyKeys, matters } from "../../schema/tables";
import worker from "../../worker/index";
import { api, db } from "./helpers";
import { callers, ensureCalendar2026, matterBody } from "./matters-fixtures";

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

const postMatter = (key: string | undefined, json: unknown, token = t.office) =>
  api("/api/v1/matters", { method: "POST", token, json, headers: key === undefined ? {} : { "Idempotency-Key": key } });
const mattersTitled = async (title: string) => (await db().select({ n: count() }).from(matters).where(eq(matters.title, title)))[0]!.n;
const logLinesFor = async (title: string) =>
  (await db().select({ n: count() }).from(changeLog).where(and(eq(changeLog.entity, "matters"), like(changeLog.after, `%${title}%`))))[0]!.n;

describe("Idempotency-Key on writes", () => {
  it("replays the first response to a retry with the same key and body, and writes nothing more", async () => {
    const body = matterBody({ title: "重试的事项一" });
    const first = await postMatter("push-1", body);
    expect(first.status).toBe(201);
    expect(first.headers.get("Idempotent-Replayed")).toBeNull();
    const again = await postMatter("push-1", body);
    expect(again.status).toBe(201);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
    expect(await mattersTitled("重试的事项一")).toBe(1);
    expect(await logLinesFor("重试的事项一")).toBe(1);
  });

  it("creates twice without a key: the header is what makes a retry safe", async () => {
    const body = matterBody({ title: "没有幂等键的事项" });
    expect((await postMatter(undefined, body)).status).toBe(201);
    expect((await postMatter(undefined, body)).status).toBe(201);
    expect(await mattersTitled("没有幂等键的事项")).toBe(2);
  });

  it("refuses the same key with another body with 422 naming the key, and writes nothing", async () => {
    expect((await postMatter("push-2", matterBody({ title: "第一次的内容" }))).status).toBe(201);
    const other = await postMatter("push-2", matterBody({ title: "另一份内容" }));
    expect(other.status).toBe(422);
    expect(other.body.error.message).toContain("push-2");
    expect(other.body.error.details).toEqual([
      { row: null, column: "Idempotency-Key", code: "key_reused", message: expect.stringContaining("push-2") },
    ]);
    expect(await mattersTitled("另一份内容")).toBe(0);
  });

  it("refuses the same key on another route as a different request", async () => {
    expect((await postMatter("push-3", matterBody({ title: "先用这个键的事项" }))).status).toBe(201);
    const res = await api("/api/v1/assessment/2026/adjustments", {
      method: "POST",
      token: t.office,
      headers: { "Idempotency-Key": "push-3" },
      json: { unit: "县法院", kind: "通报表扬", reason: "换了路由的重试", date: "2026-03-01" },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].column).toBe("Idempotency-Key");
    expect(await db().select().from(assessmentAdjustments).where(eq(assessmentAdjustments.reason, "换了路由的重试"))).toEqual([]);
  });

  it("keeps keys per token: another caller's key of the same text runs on its own", async () => {
    const body = matterBody({ title: "两个令牌同一个键" });
    expect((await postMatter("shared-text", body, t.office)).status).toBe(201);
    const otherOffice = await postMatter("shared-text", body, t.leader);
    expect(otherOffice.status).toBe(403); // the leader may not create: its own request ran and was refused
    expect(otherOffice.headers.get("Idempotent-Replayed")).toBeNull();
    expect(await mattersTitled("两个令牌同一个键")).toBe(1);
  });

  it("counts a retried 通报表扬 once in the year's adjustments", async () => {
    const json = { unit: "县税务局", kind: "通报表扬", reason: "重试也只记一次", date: "2026-05-06" };
    const send = () => api("/api/v1/assessment/2026/adjustments", { method: "POST", token: t.office, json, headers: { "Idempotency-Key": "praise-1" } });
    const [a, b] = [await send(), await send()];
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body).toEqual(a.body);
    const rows = await db().select().from(assessmentAdjustments).where(eq(assessmentAdjustments.reason, "重试也只记一次"));
    expect(rows).toHaveLength(1);
  });

  it.each([
    ["too long", "k".repeat(201)],
    ["not ASCII", "推送-1"],
    ["a control character", "a\tb"],
  ])("refuses a key that is %s with a Chinese 422 and runs nothing", async (_what, key) => {
    const res = await postMatter(key, matterBody({ title: `坏幂等键${key.length}` }));
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ column: "Idempotency-Key", code: "invalid_key" });
    expect(res.body.error.details[0].message).toMatch(/可打印 ASCII/);
    expect(await mattersTitled(`坏幂等键${key.length}`)).toBe(0);
  });

  it("accepts a key of exactly 200 printable characters", async () => {
    const res = await postMatter(`${"k".repeat(199)}~`, matterBody({ title: "最长的幂等键" }));
    expect(res.status).toBe(201);
  });

  it("ignores the header on reads", async () => {
    const res = await api("/api/v1/matters", { token: t.office, headers: { "Idempotency-Key": "推送" } });
    expect(res.status).toBe(200);
  });
});

describe("keeping keys", () => {
  it("keeps keys for 48 hours and the daily job purges older ones", async () => {
    const at = new Date("2026-06-10T01:00:00Z");
    const hours = (h: number) => new Date(at.getTime() - h * 3600_000);
    const row = (key: string, createdAt: Date) => ({ tokenId: 999, key, request: "POST /api/v1/matters", bodyHash: "x", status: 201, responseBody: "{}", createdAt });
    await db().insert(idempotencyKeys).values([row("old", hours(49)), row("recent", hours(47))]);
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: at, cron: "0 1 * * *" }), env, ctx);
    await waitOnExecutionContext(ctx);
    const left = await db().select({ key: idempotencyKeys.key }).from(idempotencyKeys).where(eq(idempotencyKeys.tokenId, 999));
    expect(left.map((r) => r.key)).toEqual(["recent"]);
  });
});

describe("the OpenAPI document", () => {
  it("documents the Idempotency-Key header on every write and on no read", async () => {
    const res = await api("/api/v1/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.components.parameters.IdempotencyKey).toMatchObject({ name: "Idempotency-Key", in: "header" });
    const ops = Object.values(res.body.paths as Record<string, Record<string, { parameters?: unknown[] }>>).flatMap((item) => Object.entries(item));
    const hasKey = (op: { parameters?: unknown[] }) => (op.parameters ?? []).some((p) => JSON.stringify(p).includes("IdempotencyKey"));
    const writes = ops.filter(([m]) => ["post", "put", "patch", "delete"].includes(m));
    expect(writes.length).toBeGreaterThan(5);
    expect(writes.every(([, op]) => hasKey(op))).toBe(true);
    expect(ops.filter(([m]) => m === "get").some(([, op]) => hasKey(op))).toBe(false);
  });
});
