import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { matterUnits, matters, units } from "../../schema/tables";
import { api, db, tokenFor } from "./helpers";
import { buildYear2025 } from "./assessment-fixture";

let office: string;
let body: any;
const entry = (unit: string) => body.entries.find((e: any) => e.unit === unit);

beforeAll(async () => {
  ({ office } = await buildYear2025());
  const res = await api("/api/v1/assessment/2025", { token: office });
  expect(res.status).toBe(200);
  body = res.body;
});

describe("GET /api/v1/assessment/:year", () => {
  it("scores 县法院 2/4 lead (25) + 1/1 co (15) + 5/8 reports (21.88) + three commendations capped at +5 = 66.88, 合格", () => {
    const e = entry("县法院");
    expect(e.breakdown).toEqual([
      { indicator: "牵头事项按期办结率", weight: 50, numerator: 2, denominator: 4, rate: 0.5, points: 25 },
      { indicator: "协办事项按期办结率", weight: 15, numerator: 1, denominator: 1, rate: 1, points: 15 },
      { indicator: "进展按时报送率", weight: 35, numerator: 5, denominator: 8, rate: 0.625, points: 21.88 },
    ]);
    expect(e.adjustments).toEqual([
      { kind: "通报表扬", points: 2, reason: "诉源治理成效明显", date: "2025-03-01" },
      { kind: "通报表扬", points: 2, reason: "破产案件协调高效", date: "2025-06-01" },
      { kind: "通报表扬", points: 1, reason: "执行联动配合积极", date: "2025-09-01" },
    ]);
    expect(e.score).toBe(66.88);
    expect(e.grade).toBe("合格");
    expect(e.flags).toEqual({ commend: true, accountable: false, veto: false });
  });

  it("scores 县财政局 50 + 5 (1 of 3 co matters) + 35 − 5 for the accountability = 85, 良好", () => {
    const e = entry("县财政局");
    expect(e.breakdown.map((b: any) => [b.numerator, b.denominator, b.rate, b.points])).toEqual([
      [1, 1, 1, 50],
      [1, 3, 0.3333, 5],
      [4, 4, 1, 35],
    ]);
    expect(e.adjustments).toEqual([{ kind: "问责", points: -5, reason: "协办事项逾期未办结", date: "2025-08-01" }]);
    expect(e.score).toBe(85);
    expect(e.grade).toBe("良好");
  });

  it("scales 县司法局's only indicator (co matters, 2/2) to 100 but grades it 不合格 for the veto", () => {
    const e = entry("县司法局");
    expect(e.breakdown[1]).toEqual({ indicator: "协办事项按期办结率", weight: 100, numerator: 2, denominator: 2, rate: 1, points: 100 });
    expect(e.breakdown[0].rate).toBeNull();
    expect(e.score).toBe(100);
    expect(e.grade).toBe("不合格");
    expect(e.flags.veto).toBe(true);
  });

  it("scores the development zone, not a member but responsible via a group, 0 for four missing reports, shown apart and unranked", () => {
    const e = entry("金寨经济开发区管委");
    expect(e.breakdown[2]).toEqual({ indicator: "进展按时报送率", weight: 100, numerator: 0, denominator: 4, rate: 0, points: 0 });
    expect(e.score).toBe(0);
    expect(e.assessed).toBe(false);
    expect(e.rank).toBeNull();
    expect(body.entries.at(-1).unit).toBe("金寨经济开发区管委");
  });

  it("ranks the members by score with the vetoed unit last and members without events unranked as 未参评", () => {
    const ranked = body.entries.slice(0, 3).map((e: any) => [e.unit, e.score, e.rank, e.assessed]);
    expect(ranked).toEqual([
      ["县财政局", 85, 1, true],
      ["县法院", 66.88, 2, true],
      ["县司法局", 100, 3, true],
    ]);
    const rest = body.entries.slice(3, -1);
    expect(rest).toHaveLength(24);
    expect(rest.every((e: any) => e.grade === "未参评" && e.rank === null && e.score === null && e.assessed)).toBe(true);
    expect(rest[0].unit).toBe("县检察院");
  });

  it("returns the default scheme and says the year is open", () => {
    expect(body.scheme.version).toBeNull();
    expect(body.scheme.indicators.map((i: any) => i.weight)).toEqual([50, 15, 35]);
    expect(body.closed).toBeNull();
  });

  it("shows a unit token only its own entry, with its overall rank", async () => {
    const res = await api("/api/v1/assessment/2025", { token: await tokenFor("unit", "县法院") });
    expect(res.status).toBe(200);
    expect(res.body.entries.map((e: any) => [e.unit, e.rank])).toEqual([["县法院", 2]]);
  });

  it("shows leaders every entry", async () => {
    const res = await api("/api/v1/assessment/2025", { token: await tokenFor("leader") });
    expect(res.status).toBe(200);
    expect(res.body.entries).toHaveLength(28);
  });

  it("does not judge an open matter before its deadline but counts one already settled", async () => {
    const [forest] = await db().select().from(units).where(eq(units.name, "县林业局"));
    const add = async (title: string, settled: string | null) => {
      const [m] = await db()
        .insert(matters)
        .values({ title, source: "其他", leadUnitId: forest!.id, assigned: "2099-05-01", deadline: "2099-06-01", originalDeadline: "2099-06-01", status: settled ? "已办结" : "办理中", settled, onTime: settled ? true : null })
        .returning();
      await db().insert(matterUnits).values({ matterId: m!.id, unitId: forest!.id, role: "lead" });
    };
    await add("尚未到期的事项", null);
    await add("提前办结的事项", "2099-05-20");
    const res = await api("/api/v1/assessment/2099", { token: office });
    expect(res.body.entries.find((e: any) => e.unit === "县林业局").breakdown[0]).toMatchObject({ numerator: 1, denominator: 1, weight: 100, points: 100 });
  });
});
