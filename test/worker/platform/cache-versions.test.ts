// The versions of what a worker keeps per isolate (worker/platform/cache-versions.ts): the loads a
// request makes at once read every version in one statement, and a load after the request's own
// write reads them again, so it sees that write.
import { env } from "cloudflare:workers";
import { createApp } from "../../../worker/app";
import { db, tokenFor } from "../helpers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { reports, units } from "../../../schema/tables";
import { createDb } from "../../../worker/platform/db";
import { loadDirectory } from "../../../worker/platform/directory";
import { keptBodyPerIsolate, KEPT_BODY_MAX_BYTES, KEPT_BODIES, KEPT_BODIES_TOTAL_BYTES } from "../../../worker/platform/cache-versions";
import { readSetting } from "../../../worker/platform/settings";
import { loadTasks } from "../../../worker/tasks/tasks-queries";

/** The real D1 binding, with every statement it is asked to prepare written down. */
function recordingD1() {
  const prepared: string[] = [];
  const d1 = new Proxy(env.DB, {
    get(target, key) {
      if (key === "prepare") {
        return (query: string) => {
          prepared.push(query);
          return target.prepare(query);
        };
      }
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { d1, versionReads: () => prepared.filter((q) => q.includes("json_group_object")).length };
}

describe("the versions of what is kept per isolate", () => {
  it("are read once for the loads a request makes at once", async () => {
    const { d1, versionReads } = recordingD1();
    const db = createDb(d1);
    const [directory, tasks, cycle] = await Promise.all([loadDirectory(db), loadTasks(db), readSetting(db, "reportingCycle")]);
    expect(directory.units.length).toBeGreaterThan(30);
    expect(tasks).toHaveLength(32);
    expect(cycle).toBeTruthy();
    expect(versionReads()).toBe(1);
  });

  it("are read again by a load after the request's own write, which then sees it", async () => {
    const { d1, versionReads } = recordingD1();
    const db = createDb(d1);
    expect((await loadDirectory(db)).units.some((u) => u.name === "县财政局")).toBe(true);
    await db.update(units).set({ name: "县财政局（测试）" }).where(eq(units.name, "县财政局"));
    const after = await loadDirectory(db);
    expect(after.units.some((u) => u.name === "县财政局（测试）")).toBe(true);
    expect(after.units.some((u) => u.name === "县财政局")).toBe(false);
    expect(versionReads()).toBe(2);
    await db.update(units).set({ name: "县财政局" }).where(eq(units.name, "县财政局（测试）"));
  });

  it("are the token check's for a report submission, which still knows a unit renamed just before it", async () => {
    const token = await tokenFor("office");
    const submit = async (unit: string, period: string) => {
      const { d1, versionReads } = recordingD1();
      const res = await createApp().request(
        "/api/v1/reports",
        { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: JSON.stringify({ rows: [{ unit, task: 17, period, progress: "已召开专题会议" }] }) },
        { ...env, DB: d1 },
      );
      return { status: res.status, body: await res.json<{ rows?: { unit: string }[]; error?: { details: { code: string }[] } }>(), versionReads: versionReads() };
    };
    const first = await submit("县财政局", "2019-Q1");
    expect(first.status).toBe(200);
    // One statement names the versions: the token check's (the directory, plan and settings loads read none).
    expect(first.versionReads).toBe(1);
    await db().update(units).set({ name: "县财政局（改名）" }).where(eq(units.name, "县财政局"));
    try {
      const renamed = await submit("县财政局（改名）", "2019-Q2");
      expect(renamed.status).toBe(200);
      expect(renamed.body.rows?.[0]?.unit).toBe("县财政局（改名）");
      const old = await submit("县财政局", "2019-Q3");
      expect(old.status).toBe(422);
      expect(old.body.error?.details[0]?.code).toBe("unknown_unit");
    } finally {
      await db().update(units).set({ name: "县财政局" }).where(eq(units.name, "县财政局（改名）"));
    }
    const stored = await db().select().from(reports).where(eq(reports.taskNo, 17));
    expect(stored.filter((r) => r.period.startsWith("2019-")).map((r) => r.period).sort()).toEqual(["2019-Q1", "2019-Q2"]);
  });

  it("keep at most KEPT_BODIES answers, and KEPT_BODIES_TOTAL_BYTES of UTF-8 in all, the oldest used going first", async () => {
    const db = createDb(env.DB);
    let builds = 0;
    const kept = async (key: string, text: string) =>
      new TextDecoder().decode(
        await keptBodyPerIsolate(db, key, ["plan"], () => {
          builds += 1;
          return Promise.resolve(text);
        }),
      );
    for (let i = 0; i <= KEPT_BODIES; i++) await kept(`test:${i}`, `答复${i}`);
    builds = 0;
    expect(await kept(`test:${KEPT_BODIES}`, "不会重建")).toBe(`答复${KEPT_BODIES}`);
    // Handed out again and again, the kept bytes stay whole (a Response copies them).
    expect(await kept(`test:${KEPT_BODIES}`, "不会重建")).toBe(`答复${KEPT_BODIES}`);
    expect(builds).toBe(0);
    expect(await kept("test:0", "重建")).toBe("重建");
    expect(builds).toBe(1);
    // Bodies as long as one may be (字 is three bytes of UTF-8): KEPT_BODIES_TOTAL_BYTES / KEPT_BODY_MAX_BYTES
    // of them fit, one more pushes out the oldest; one byte longer is never kept.
    const fit = KEPT_BODIES_TOTAL_BYTES / KEPT_BODY_MAX_BYTES;
    const big = (i: number) => `${i}${"字".repeat((KEPT_BODY_MAX_BYTES - 1) / 3)}`;
    expect(new TextEncoder().encode(big(0)).byteLength).toBe(KEPT_BODY_MAX_BYTES);
    for (let i = 0; i <= fit; i++) await kept(`test:big-${i}`, big(i));
    builds = 0;
    expect(await kept(`test:big-${fit}`, "不会重建")).toBe(big(fit));
    expect(await kept("test:big-1", "不会重建")).toBe(big(1));
    expect(builds).toBe(0);
    expect(await kept("test:big-0", "重建")).toBe("重建");
    expect(builds).toBe(1);
    const tooLong = `${big(0)}b`;
    await kept("test:too-long", tooLong);
    expect(await kept("test:too-long", "重建")).toBe("重建");
    expect(builds).toBe(3);
  });
});
