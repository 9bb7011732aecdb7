import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { calendarDays, matterExtensions, matterReviews, matters, matterUnits, meetingDecisions, meetings, settings, units } from "../../schema/tables";
import { api, db, tokenFor } from "./helpers";

// A page of matters is kept per isolate as its answer, under the versions of the matters (and their
// units, extensions, reviews, meeting decisions and meetings), the directory, the calendar and the
// settings, for one day and one view. What a user sees: the same page twice alike, and any change,
// through the API or straight into the database, in the very next answer; a unit never gets
// another view's page.

let office: string;
let matterId: number;
type Wire = { id: number; title: string; lead: string; co: string[]; colour: string; workdaysLeft: number | null; extensions: unknown[]; reviews: unknown[]; decision: { minutesNo: string } | null };
const PAGE = "/api/v1/matters?limit=20";

const page = async (token = office, path = PAGE, today?: string) => {
  const res = await api(path, { token, today });
  expect(res.status).toBe(200);
  return res.body as { matters: Wire[]; nextCursor: string | null };
};
const ours = async (today?: string) => (await page(office, PAGE, today)).matters.find((m) => m.id === matterId)!;

beforeAll(async () => {
  office = await tokenFor("office");
  const made = await api("/api/v1/matters", { method: "POST", token: office, json: { title: "协调林地确权", lead: "县财政局", assigned: "2026-11-20", source: "其他", days: 10 } });
  expect(made.status).toBe(201);
  matterId = made.body.id as number;
});

describe("a page of matters kept between requests", () => {
  it("answers the same page twice alike, and a matter handed over through the API at once", async () => {
    const first = await page();
    expect(await page()).toEqual(first);
    const made = await api("/api/v1/matters", { method: "POST", token: office, json: { title: "协调新案", lead: "县法院", assigned: "2026-11-30", source: "其他", days: 10 } });
    expect(made.status).toBe(201);
    expect((await page()).matters.map((m) => m.id)).toContain(made.body.id);
  });

  it("sees a matter, its co-units, extensions and reviews changed straight in the database in the next request", async () => {
    await db().update(matters).set({ title: "改过的事项" }).where(eq(matters.id, matterId));
    expect((await ours()).title).toBe("改过的事项");
    const [court] = await db().select().from(units).where(eq(units.name, "县法院"));
    await db().insert(matterUnits).values({ matterId, unitId: court!.id, role: "co" });
    expect((await ours()).co).toEqual(["县法院"]);
    await db().insert(matterExtensions).values({ matterId, reason: "需补充材料", days: 5, previousDeadline: "2026-12-04", requestedAt: new Date() });
    expect((await ours()).extensions).toHaveLength(1);
    await db()
      .insert(matterReviews)
      .values({ matterId, settled: "2026-11-30", result: "已协调", onTime: true, decision: "退回", actor: "test", reviewedAt: new Date() });
    expect((await ours()).reviews).toHaveLength(1);
  });

  it("sees the meeting a matter came from renumbered, a unit renamed, a day off and a setting in the next request", async () => {
    const [lead] = await db().select().from(units).where(eq(units.name, "县财政局"));
    const [meeting] = await db().insert(meetings).values({ kind: "联席会议", date: "2026-11-18", convener: "县政府", place: "县政府会议室", minutesNo: "纪要〔2026〕1号" }).returning();
    await db().insert(meetingDecisions).values({ meetingId: meeting!.id, no: 1, text: "协调林地确权", leadUnitId: lead!.id, coUnitIds: [], matterId });
    expect((await ours()).decision?.minutesNo).toBe("纪要〔2026〕1号");
    await db().update(meetings).set({ minutesNo: "纪要〔2026〕2号" }).where(eq(meetings.id, meeting!.id));
    expect((await ours()).decision?.minutesNo).toBe("纪要〔2026〕2号");

    await db().update(units).set({ name: "县财政局（新）" }).where(eq(units.id, lead!.id));
    expect((await ours()).lead).toBe("县财政局（新）");
    await db().update(units).set({ name: "县财政局" }).where(eq(units.id, lead!.id));

    const left = (await ours()).workdaysLeft!;
    await db().insert(calendarDays).values({ date: "2026-12-02", year: 2026, kind: "off" });
    expect((await ours()).workdaysLeft).toBe(left - 1);
    await db().update(settings).set({ value: left + 5 }).where(eq(settings.key, "dueSoonWorkdays"));
    expect((await ours()).colour).toBe("yellow");
  });

  it("answers each day with that day's states", async () => {
    const today = await ours();
    const later = await ours("2026-12-03");
    expect(later.workdaysLeft).toBeLessThan(today.workdaysLeft!);
    expect((await ours()).workdaysLeft).toBe(today.workdaysLeft);
  });

  it("never gives a unit the office's page, nor the office a unit's", async () => {
    const finance = await tokenFor("unit", "县财政局");
    const office1 = await page();
    const unitPage = await page(finance);
    expect(unitPage.matters.every((m) => m.lead === "县财政局" || m.co.includes("县财政局"))).toBe(true);
    expect(office1.matters.some((m) => m.lead === "县法院" && !m.co.includes("县财政局"))).toBe(true);
    expect(await page()).toEqual(office1);
    expect(await page(finance)).toEqual(unitPage);
  });
});
