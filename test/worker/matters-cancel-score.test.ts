import { beforeAll, describe, expect, it } from "vitest";
import { api, tokenFor } from "./helpers";
import { buildYear2025 } from "./assessment-fixture";

let office: string;
let ids: Awaited<ReturnType<typeof buildYear2025>>["ids"];
const lines = async (unit: string) => {
  const res = await api("/api/v1/assessment/2025", { token: office });
  expect(res.status).toBe(200);
  const e = res.body.entries.find((x: { unit: string }) => x.unit === unit);
  return e.breakdown.slice(0, 2).map((b: { numerator: number; denominator: number; points: number }) => [b.numerator, b.denominator, b.points]);
};
const step = (id: number, what: string, version: number) =>
  api(`/api/v1/matters/${id}/${what}`, { method: "POST", token: office, json: { version, reason: "误录，重复交办" } });

beforeAll(async () => {
  ({ office, ids } = await buildYear2025());
});

describe("a cancelled matter (已撤销) is in no score", () => {
  it("leaves the year's lead and co figures once cancelled, for the lead and every co-unit", async () => {
    // Before: 县法院 leads m1 m2 (on time), m3 (late), m4 (open, overdue): 2/4; 县财政局 co-handles m1 m3 m4: 1/3.
    expect(await lines("县法院")).toEqual([[2, 4, 25], [1, 1, 15]]);
    expect((await lines("县财政局"))[1]).toEqual([1, 3, 5]);

    expect((await step(ids.m4, "cancel", 1)).body).toMatchObject({ status: "已撤销" });
    expect(await lines("县法院")).toEqual([[2, 3, 33.33], [1, 1, 15]]);
    expect((await lines("县财政局"))[1]).toEqual([1, 2, 7.5]);

    // A closed matter is reopened first, then cancelled: its late settlement counts no more.
    expect((await step(ids.m3, "cancel", 1)).status).toBe(409);
    expect((await step(ids.m3, "reopen", 1)).status).toBe(200);
    expect((await step(ids.m3, "cancel", 2)).body).toMatchObject({ status: "已撤销", state: "已撤销" });
    expect(await lines("县法院")).toEqual([[2, 2, 50], [1, 1, 15]]);
    expect((await lines("县财政局"))[1]).toEqual([1, 1, 15]);
  });

  it("leaves the leaders' summary and its overdue list too", async () => {
    // Task 2's two 2025 matters (m3 settled late, m4 overdue) are both cancelled above.
    const res = await api("/api/v1/summary?year=2025", { token: await tokenFor("leader") });
    expect(res.status).toBe(200);
    expect(res.body.tasks.find((t: { no: number }) => t.no === 2)).toMatchObject({ mattersOpen: 0, settledOnTime: 0, settledLate: 0, overdue: 0 });
    expect(res.body.overdue).toEqual([]);
  });
});
