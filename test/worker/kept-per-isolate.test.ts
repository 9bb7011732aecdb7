import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { calendarDays, matters, settings, tasks, tokens, units } from "../../schema/tables";
import { hashToken } from "../../worker/platform/token-hash";
import { api, db, tokenFor } from "./helpers";

// The worker keeps the holiday calendar, the unit directory and the plan's tasks in memory between
// requests, checked against their stored versions with every token check; tokens themselves are
// read on every request. What a user sees: a change (through the API or straight into the
// database) is in the very next answer, and a revoked token is refused at once, even right after
// it was used.

let office: string;
let matterId: number;

const workdaysLeft = async () => {
  const res = await api(`/api/v1/matters/${matterId}`, { token: office });
  expect(res.status).toBe(200);
  return res.body.workdaysLeft as number;
};
const year2026 = async () => (await api("/api/v1/calendar/2026", { token: office })).body as { off: string[]; work: string[] };

beforeAll(async () => {
  office = await tokenFor("office");
  const [u] = await db().select().from(units).where(eq(units.name, "县财政局"));
  // Today is 2026-12-01 (a Tuesday); a fixed deadline (no 时限 to recompute it from) on Tuesday 12-15.
  const [m] = await db()
    .insert(matters)
    .values({ title: "协调不动产查封", source: "其他", leadUnitId: u!.id, assigned: "2026-11-20", deadline: "2026-12-15", originalDeadline: "2026-12-15" })
    .returning();
  matterId = m!.id;
});

describe("the calendar kept between requests", () => {
  it("answers from the calendar as stored, twice alike", async () => {
    const first = await workdaysLeft();
    expect(first).toBeGreaterThan(0);
    expect(await workdaysLeft()).toBe(first);
  });

  it("sees a year replaced through the API in the next request: a matter handed over next is due later", async () => {
    const handOver = async (title: string) => {
      const res = await api("/api/v1/matters", { method: "POST", token: office, json: { title, source: "其他", lead: "县财政局", assigned: "2026-12-01", days: 10 } });
      expect(res.status).toBe(201);
      return res.body.deadline as string;
    };
    // Ten working days from Tuesday 1 December: 2–4, 7–11, 14, 15.
    expect(await handOver("协调甲案")).toBe("2026-12-15");
    const year = await year2026();
    const put = await api("/api/v1/calendar/2026", { method: "PUT", token: office, json: { off: [...year.off, "2026-12-03", "2026-12-04"], work: year.work } });
    expect(put.status).toBe(200);
    expect(await handOver("协调乙案")).toBe("2026-12-17");
  });

  it("sees a day written straight into the database (not through the worker) in the next request", async () => {
    const before = await workdaysLeft();
    await db().delete(calendarDays).where(and(eq(calendarDays.date, "2026-12-04"), eq(calendarDays.kind, "off")));
    expect(await workdaysLeft()).toBe(before + 1);
    await db().insert(calendarDays).values({ date: "2026-12-07", year: 2026, kind: "off" });
    expect(await workdaysLeft()).toBe(before);
  });

  it("sees the year's list change in the same way on the calendar route", async () => {
    expect((await year2026()).off).toEqual(expect.arrayContaining(["2026-12-03", "2026-12-07"]));
    expect((await year2026()).off).not.toContain("2026-12-04");
  });
});

describe("the unit directory and the plan kept between requests", () => {
  const responsible = async (no: number) => (await api(`/api/v1/tasks/${no}/responsible`, { token: office })).body.units as string[];
  const task = async (no: number) => ((await api("/api/v1/tasks", { token: office })).body.tasks as any[]).find((t) => t.no === no);

  it("sees a group's members replaced through the API in the next request", async () => {
    expect(await responsible(10)).toContain("县医保局");
    const put = await api(`/api/v1/groups/${encodeURIComponent("各直属机构")}`, { method: "PUT", token: office, json: { members: ["县信访局", "县行政审批局"] } });
    expect(put.status).toBe(200);
    const now = await responsible(10);
    expect(now).toContain("县行政审批局");
    expect(now).not.toContain("县医保局");
  });

  it("sees a unit renamed and a task retitled straight in the database in the next request", async () => {
    const before = await task(1);
    expect(before.title).not.toBe("改过的标题");
    const lead = before.units.find((u: any) => u.lead && !u.group);
    await db().update(tasks).set({ title: "改过的标题" }).where(eq(tasks.no, 1));
    expect((await task(1)).title).toBe("改过的标题");
    expect(lead).toBeDefined();
    await db().update(units).set({ name: `${lead.unit}（新）` }).where(eq(units.name, lead.unit));
    expect((await task(1)).units.find((u: any) => u.lead).unit).toBe(`${lead.unit}（新）`);
    await db().update(units).set({ name: lead.unit }).where(eq(units.name, `${lead.unit}（新）`));
  });
});

describe("the settings kept between requests", () => {
  const colour = async () => (await api(`/api/v1/matters/${matterId}`, { token: office })).body.colour as string;

  it("sees the due-soon threshold changed through the API, and straight in the database, in the next request", async () => {
    const left = await workdaysLeft();
    expect(left).toBeGreaterThan(1);
    const put = (value: number) => api("/api/v1/settings/dueSoonWorkdays", { method: "PUT", token: office, json: { value } });
    expect((await put(left + 1)).status).toBe(200);
    expect(await colour()).toBe("yellow");
    expect((await put(1)).status).toBe(200);
    expect(await colour()).toBe("green");
    await db().update(settings).set({ value: left + 5 }).where(eq(settings.key, "dueSoonWorkdays"));
    expect(await colour()).toBe("yellow");
  });
});

describe("tokens are never kept", () => {
  it("refuses a token revoked through the API in the next request, right after it was used", async () => {
    const token = await tokenFor("unit", "县财政局");
    expect((await api("/api/v1/tasks", { token })).status).toBe(200);
    expect((await api("/api/v1/matters?limit=10", { token })).status).toBe(200);
    const [row] = await db().select({ id: tokens.id }).from(tokens).where(eq(tokens.hash, await hashToken(token)));
    const revoke = await api(`/api/v1/tokens/${row!.id}`, { method: "DELETE", token: office });
    expect(revoke.status).toBeLessThan(300);
    expect((await api("/api/v1/tasks", { token })).status).toBe(401);
    expect((await api("/api/v1/matters?limit=10", { token })).status).toBe(401);
  });

  it("refuses a token revoked in the database in the next request", async () => {
    const token = await tokenFor("office");
    expect((await api("/api/v1/tasks", { token })).status).toBe(200);
    await db().update(tokens).set({ revokedAt: new Date() }).where(eq(tokens.hash, await hashToken(token)));
    expect((await api("/api/v1/tasks", { token })).status).toBe(401);
  });
});
