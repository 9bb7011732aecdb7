import { beforeAll, describe, expect, it } from "vitest";
import { api, tokenFor } from "./helpers";
import { buildYear2025 } from "./assessment-fixture";

let office: string;
let ids: Awaited<ReturnType<typeof buildYear2025>>["ids"];
let body: any;

beforeAll(async () => {
  ({ office, ids } = await buildYear2025());
  const res = await api("/api/v1/summary?year=2025", { token: office });
  expect(res.status).toBe(200);
  body = res.body;
});

describe("GET /api/v1/summary", () => {
  it("ranks the members with their grades, vetoed last and 未参评 unranked, and lists the development zone apart, unranked", () => {
    expect(body.ranking.slice(0, 4)).toEqual([
      { unit: "县财政局", score: 85, grade: "良好", rank: 1, assessed: true },
      { unit: "县法院", score: 66.88, grade: "合格", rank: 2, assessed: true },
      { unit: "县司法局", score: 100, grade: "不合格", rank: 3, assessed: true },
      { unit: "县检察院", score: null, grade: "未参评", rank: null, assessed: true },
    ]);
    expect(body.ranking.at(-1)).toEqual({ unit: "金寨经济开发区管委", score: 0, grade: "不合格", rank: null, assessed: false });
  });

  it("splits task 2's 2025 matters into one settled late and one overdue, with 8 reports", () => {
    expect(body.tasks.find((t: any) => t.no === 2)).toMatchObject({ domain: "诉源治理", reports: 8, mattersOpen: 0, settledOnTime: 0, settledLate: 1, overdue: 1 });
  });

  it("counts only 2025 matters and periods for task 1 (the 2024 matter and 2024-Q4 report are left out)", () => {
    expect(body.tasks.find((t: any) => t.no === 1)).toMatchObject({ reports: 3, mattersOpen: 0, settledOnTime: 2, settledLate: 0, overdue: 0 });
  });

  it("adds the tasks of a domain up: 诉源治理 has 6 tasks, 11 reports, 2 on time, 1 late, 1 overdue", () => {
    expect(body.domains.map((d: any) => [d.domain, d.tasks])).toEqual([
      ["诉源治理", 6],
      ["行政案件", 6],
      ["破产办理", 13],
      ["执行案件", 6],
      ["其他相关工作", 1],
    ]);
    expect(body.domains[0]).toEqual({ domain: "诉源治理", tasks: 6, reports: 11, mattersOpen: 0, settledOnTime: 2, settledLate: 1, overdue: 1 });
    expect(body.domains[2]).toMatchObject({ domain: "破产办理", settledOnTime: 1, overdue: 0 });
  });

  it("lists the one open matter past its deadline with lead, co-units and working days overdue", () => {
    // On Tue 2026-12-01 (the tests' day): 23 weekdays in Dec 2025 after Fri 28 Nov; in 2026 up
    // to 1 Dec, 239 weekdays less 19 weekday holidays plus 6 make-up weekend days = 226. 249.
    expect(body.overdue).toEqual([{ id: ids.m4, title: "某房地产企业破产涉税协调", lead: "县法院", co: ["县财政局"], deadline: "2025-11-28", daysOverdue: 249 }]);
  });

  it("counts the working days overdue across the New Year holiday and its make-up Sunday", async () => {
    // After Fri 28 Nov 2025 up to Mon 5 Jan 2026: 23 weekdays in December, then 1–3 Jan off,
    // Sun 4 Jan a make-up workday, Mon 5 Jan a workday: 23 + 1 + 1 = 25.
    const res = await api("/api/v1/summary?year=2025", { token: office, today: "2026-01-05" });
    expect(res.status).toBe(200);
    expect(res.body.overdue).toEqual([{ id: ids.m4, title: "某房地产企业破产涉税协调", lead: "县法院", co: ["县财政局"], deadline: "2025-11-28", daysOverdue: 25 }]);
  });

  it("counts a week of working days overdue a week after the deadline", async () => {
    const res = await api("/api/v1/summary?year=2025", { token: office, today: "2025-12-05" });
    expect(res.status).toBe(200);
    expect(res.body.overdue).toEqual([expect.objectContaining({ id: ids.m4, deadline: "2025-11-28", daysOverdue: 5 })]);
  });

  it("gives each unit's on-time rate over the matters it leads or co-handles: 3/5, 2/2, 2/4", () => {
    expect(body.onTimeRate).toEqual([
      { unit: "县法院", rate: 0.6 },
      { unit: "县司法局", rate: 1 },
      { unit: "县财政局", rate: 0.5 },
    ]);
  });

  it("is refused to a unit token", async () => {
    const res = await api("/api/v1/summary?year=2025", { token: await tokenFor("unit", "县法院") });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
  });

  it("is open to leaders", async () => {
    const res = await api("/api/v1/summary?year=2025", { token: await tokenFor("leader") });
    expect(res.status).toBe(200);
    expect(res.body.year).toBe(2025);
  });

  it("refuses a year that is not a number, naming the parameter", async () => {
    const res = await api("/api/v1/summary?year=明年", { token: office });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ row: null, column: "year" });
  });
});
