import { beforeAll, describe, expect, it } from "vitest";
import { defaultScheme } from "../../domain/assessment";
import { api } from "./helpers";
import { callers, createMatter, ensureCalendar2026 } from "./matters-fixtures";

let t: Awaited<ReturnType<typeof callers>>;
const line = async (indicator: string) => {
  const res = await api("/api/v1/assessment/2026", { token: t.office });
  expect(res.status).toBe(200);
  const court = res.body.entries.find((e: { unit: string }) => e.unit === "县法院");
  return court.breakdown.find((b: { indicator: string }) => b.indicator === indicator);
};

beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
  // Two matters led by 县法院, both settled on time and passed; the second only after one return.
  for (const returned of [false, true]) {
    const m = await createMatter(t.office);
    let version = 1;
    const settle = () => api(`/api/v1/matters/${m.id}`, { method: "PATCH", token: t.court, json: { version: version++, settled: "2026-05-15", result: "已处理" } });
    const review = (decision: string, note?: string) =>
      api(`/api/v1/matters/${m.id}/review`, { method: "POST", token: t.office, json: { version: version++, decision, ...(note ? { note } : {}) } });
    await settle();
    if (returned) {
      expect((await review("退回", "材料不全")).body.returns).toBe(1);
      await settle();
    }
    expect((await review("通过")).body.status).toBe("已办结");
  }
});

describe("returns (退回次数) in the score", () => {
  it("leaves the default scheme's figures as they were: both matters on time", async () => {
    expect(await line("牵头事项按期办结率")).toMatchObject({ numerator: 2, denominator: 2, rate: 1 });
  });

  it("lets a scheme weigh the first-pass rate (firstPassMatters): one of the two passed without a return", async () => {
    const scheme = {
      ...defaultScheme,
      indicators: [
        { key: "leadMatters", name: "牵头事项按期办结率", weight: 50 },
        { key: "firstPassMatters", name: "牵头事项审核一次通过率", weight: 50 },
      ],
    };
    const put = await api("/api/v1/assessment/2026/scheme", { method: "PUT", token: t.office, json: scheme });
    expect(put.status).toBeLessThan(300);
    expect(await line("牵头事项审核一次通过率")).toEqual({ indicator: "牵头事项审核一次通过率", weight: 50, numerator: 1, denominator: 2, rate: 0.5, points: 25 });
    expect(await line("牵头事项按期办结率")).toMatchObject({ numerator: 2, denominator: 2, points: 50 });
  });
});
