import { beforeAll, describe, expect, it } from "vitest";
import { defaultScheme } from "../../domain/assessment";
import { api, tokenFor } from "./helpers";
import { ensureCalendar2026 } from "./matters-fixtures";

/**
 * The registers' and mechanisms' figures as indicators of 2026 (the ledger's day is 2026-12-01),
 * the year's assessment starting on 2026-03-01. Two member units:
 * - 县财政局 (A): suggestions 2 of 3 replied on time, hearings 1 of 2 with its head, decisions
 *   1 of 3 settled on time, meetings 1 of 2 attended;
 * - 县司法局 (B): suggestions 2 of 2, one hearing (below the floor of 2), meetings 1 of 2 (请假).
 * Each unit also has events due before 2026-03-01, which must not count.
 */
let office: string, court: string;
beforeAll(async () => {
  await ensureCalendar2026();
  office = await tokenFor("office");
  court = await tokenFor("unit", "县法院");
});

const A = "县财政局";
const B = "县司法局";
const scheme = {
  ...defaultScheme,
  indicators: [
    { key: "suggestionReplies", name: "司法建议按期回复率", weight: 40 },
    { key: "headAppearance", name: "行政机关负责人出庭率", weight: 20 },
    { key: "meetingDecisions", name: "会议决定落实率", weight: 20 },
    { key: "meetingAttendance", name: "会议出席率", weight: 20 },
  ],
  floor: 2,
};

let n = 0;
/** Issues a 司法建议 with a 30-day limit and, when `repliedOn` is given, records its reply. */
async function suggestion(addressee: string, issuedOn: string, repliedOn?: string) {
  const s = await api("/api/v1/suggestions", {
    method: "POST",
    token: court,
    json: { no: `（2026）皖1524司建${++n}号`, issuedOn, addressee, subject: "执法程序不规范", kind: "纠正违法行为", replyDays: 30 },
  });
  expect(s.status).toBe(201);
  if (repliedOn) {
    const r = await api(`/api/v1/suggestions/${s.body.id}/reply`, { method: "POST", token: office, json: { version: 1, repliedOn, adoption: "采纳", reply: "已整改" } });
    expect(r.status).toBe(200);
  }
  return s.body as { replyBy: string };
}

async function hearing(agency: string, hearingOn: string, headRequired: boolean, appeared: string) {
  const r = await api("/api/v1/hearings", {
    method: "POST",
    token: court,
    json: { caseNo: `（2026）皖1524行初${++n}号`, court: "金寨县人民法院", hearingOn, agency, headRequired, appeared, headSpoke: appeared === "负责人" || appeared === "副职负责人" ? true : null },
  });
  expect(r.status).toBe(201);
}

async function meeting(date: string, invited: string[], attendance: { unit: string; status: string }[], decisions: { no: number; lead: string }[] = []) {
  const m = await api("/api/v1/meetings", { method: "POST", token: office, json: { kind: "专题会议", date, convener: "副县长 李某", place: "县政府第二会议室", invited } });
  expect(m.status).toBe(201);
  if (attendance.length) expect((await api(`/api/v1/meetings/${m.body.id}/attendance`, { method: "PUT", token: office, json: { rows: attendance } })).status).toBe(200);
  if (decisions.length) {
    const minutes = { number: `金府院纪〔2026〕${++n}号`, date, decisions: decisions.map((d) => ({ ...d, text: `决定事项${d.no}`, co: [], days: 10 })) };
    expect((await api(`/api/v1/meetings/${m.body.id}/minutes`, { method: "PUT", token: office, json: minutes })).status).toBe(200);
  }
  return m.body.id as number;
}

const assess = async () => {
  const res = await api("/api/v1/assessment/2026", { token: office });
  expect(res.status).toBe(200);
  return res.body.entries as { unit: string; score: number | null; grade: string; assessed: boolean; breakdown: Record<string, unknown>[] }[];
};
const line = (e: { breakdown: Record<string, unknown>[] } | undefined, indicator: string) => e?.breakdown.find((l) => l.indicator === indicator);

describe("the registers' and mechanisms' indicators", () => {
  it("lists every indicator the ledger counts with its Chinese name and definition, and the scheme shows them", async () => {
    const res = await api("/api/v1/assessment/indicators", { token: court });
    expect(res.status).toBe(200);
    const names = Object.fromEntries(res.body.indicators.map((i: { key: string; name: string }) => [i.key, i.name]));
    expect(names).toEqual({
      leadMatters: "牵头事项按期办结率",
      coMatters: "协办事项按期办结率",
      reports: "进展按时报送率",
      firstPassMatters: "牵头事项审核一次通过率",
      headAppearance: "行政机关负责人出庭率",
      suggestionReplies: "司法建议按期回复率",
      meetingDecisions: "会议决定落实率",
      meetingAttendance: "会议出席率",
      researchApprovals: "联合调研按时审定率",
    });
    for (const i of res.body.indicators) expect(i.description).toMatch(/考评起始日/);
    const scheme2026 = await api("/api/v1/assessment/2026/scheme", { token: court });
    expect(scheme2026.body.counters).toEqual(res.body.indicators);
    // The default scheme is untouched: it still weighs only the three.
    expect(scheme2026.body.scheme.indicators.map((i: { key: string }) => i.key)).toEqual(["leadMatters", "coMatters", "reports"]);
  });

  it("refuses an unknown key naming its row and column, and accepts the new keys with weights", async () => {
    const bad = { ...scheme, indicators: [...scheme.indicators, { key: "hearingRate", name: "出庭率", weight: 5 }] };
    const refused = await api("/api/v1/assessment/2026/scheme", { method: "PUT", token: office, json: bad });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([expect.objectContaining({ row: 4, column: "indicators.key", code: "unknown_indicator" })]);
    expect(refused.body.error.details[0].message).toMatch(/^台账尚不能统计指标“hearingRate”/);
    const put = await api("/api/v1/assessment/2026/scheme", { method: "PUT", token: office, json: scheme });
    expect(put.status).toBe(200);
    expect(put.body.scheme.indicators.map((i: { key: string }) => i.key)).toEqual(["suggestionReplies", "headAppearance", "meetingDecisions", "meetingAttendance"]);
  });

  it("counts from the year's start: events due before 2026-03-01 are left out", async () => {
    expect((await api("/api/v1/settings/assessmentStart", { method: "PUT", token: office, json: { value: "2026-03-01" } })).status).toBe(200);
    // Before the start: a late reply (limit 2026-02-04), a missed appearance, a meeting missed with an unsettled decision.
    expect((await suggestion(A, "2026-01-05", "2026-03-02")).replyBy).toBe("2026-02-04");
    await hearing(A, "2026-02-10", true, "无人出庭");
    await meeting("2026-01-20", [A, B], [{ unit: A, status: "缺席" }, { unit: B, status: "缺席" }], [{ no: 1, lead: A }]);
    const entries = await assess();
    const a = entries.find((e) => e.unit === A)!;
    expect(a).toMatchObject({ score: null, grade: "未参评", assessed: true });
    expect(a.breakdown.map((l) => l.denominator)).toEqual([0, 0, 0, 0]);
  });

  it("lowers 司法建议按期回复率 and the score by the hand-computed amount when a suggestion is replied after its limit", async () => {
    // 县财政局's events from the start. Suggestions: limits 2026-04-09 and 2026-07-31, both replied on time.
    await suggestion(A, "2026-03-10", "2026-04-01");
    await suggestion(A, "2026-07-01", "2026-07-20");
    // One still within its limit (2026-12-10) and unreplied: not judged yet.
    expect((await suggestion(A, "2026-11-10")).replyBy).toBe("2026-12-10");
    // Hearings: the head appeared once of the two times required; a hearing with no head required does not count.
    await hearing(A, "2026-04-10", true, "负责人");
    await hearing(A, "2026-05-10", true, "仅工作人员");
    await hearing(A, "2026-06-01", false, "仅工作人员");
    // Meetings: attended the first, absent (缺席) from the second; the third's attendance is not recorded yet.
    const m1 = await meeting("2026-06-10", [A, B], [{ unit: A, status: "出席" }, { unit: B, status: "出席" }], [{ no: 1, lead: A }, { no: 2, lead: A }, { no: 3, lead: A }]);
    await meeting("2026-09-15", [A, B], [{ unit: A, status: "缺席" }, { unit: B, status: "请假" }]);
    await meeting("2026-11-20", [A, B], []);
    // Decisions: 1 turned and settled on time, 3 turned and settled late, 2 never turned and past its limit.
    const turned = await api(`/api/v1/meetings/${m1}/matters`, { method: "POST", token: office, json: { decisions: [1, 3], assigned: "2026-06-11" } });
    expect(turned.status).toBe(201);
    const [d1, d3] = turned.body.matters as { matter: number }[];
    const settle = (id: number, settled: string) => api(`/api/v1/matters/${id}`, { method: "PATCH", token: office, json: { version: 1, settled, result: "已落实" } });
    expect((await settle(d1!.matter, "2026-06-15")).status).toBe(200);
    expect((await settle(d3!.matter, "2026-08-31")).status).toBe(200);
    // 县司法局: two suggestions replied on time, one hearing with its deputy head (below the floor of 2).
    await suggestion(B, "2026-04-01", "2026-04-20");
    await suggestion(B, "2026-08-01", "2026-08-30");
    await hearing(B, "2026-07-01", true, "副职负责人");

    const before = (await assess()).find((e) => e.unit === A)!;
    // Suggestions 2/2 × 40 = 40; hearings 1/2 × 20 = 10; decisions 1/3 × 20 = 6.67; attendance 1/2 × 20 = 10.
    expect(line(before, "司法建议按期回复率")).toEqual({ indicator: "司法建议按期回复率", weight: 40, numerator: 2, denominator: 2, rate: 1, points: 40 });
    expect(before.score).toBe(66.67);

    // A suggestion of 2026-05-01 (limit 2026-05-31) replied on 2026-06-15: 2/3 × 40 = 26.67, 13.33 less.
    expect((await suggestion(A, "2026-05-01", "2026-06-15")).replyBy).toBe("2026-05-31");
    const entries = await assess();
    const a = entries.find((e) => e.unit === A)!;
    expect(line(a, "司法建议按期回复率")).toEqual({ indicator: "司法建议按期回复率", weight: 40, numerator: 2, denominator: 3, rate: 0.6667, points: 26.67 });
    expect(a.score).toBe(53.34);
    expect(Math.round((before.score! - a.score!) * 100) / 100).toBe(13.33);
    expect(a.grade).toBe("不合格");

    // The head not appearing when required lowers the appearance rate.
    expect(line(a, "行政机关负责人出庭率")).toEqual({ indicator: "行政机关负责人出庭率", weight: 20, numerator: 1, denominator: 2, rate: 0.5, points: 10 });
    // The late settlement and the decision never turned lower 会议决定落实率.
    expect(line(a, "会议决定落实率")).toEqual({ indicator: "会议决定落实率", weight: 20, numerator: 1, denominator: 3, rate: 0.3333, points: 6.67 });
    // 缺席 lowers 出席率; the meeting without recorded attendance does not count.
    expect(line(a, "会议出席率")).toEqual({ indicator: "会议出席率", weight: 20, numerator: 1, denominator: 2, rate: 0.5, points: 10 });

    // 县司法局: the single hearing is below the floor (left out, weight 0); suggestions and attendance
    // share the 100 points 40:20 → 66.67 and 33.33: 2/2 × 66.67 + 1/2 × 33.33 = 66.67 + 16.67.
    const b = entries.find((e) => e.unit === B)!;
    expect(b.breakdown).toEqual([
      { indicator: "司法建议按期回复率", weight: 66.67, numerator: 2, denominator: 2, rate: 1, points: 66.67 },
      { indicator: "行政机关负责人出庭率", weight: 0, numerator: 1, denominator: 1, rate: 1, points: 0 },
      { indicator: "会议决定落实率", weight: 0, numerator: 0, denominator: 0, rate: null, points: 0 },
      { indicator: "会议出席率", weight: 33.33, numerator: 1, denominator: 2, rate: 0.5, points: 16.67 },
    ]);
    expect(b).toMatchObject({ score: 83.34, grade: "良好", assessed: true });
  });

  it("judges a decision never turned into a matter only once its limit has passed", async () => {
    // Decision 2's limit is ten working days after 2026-06-10 (the Dragon Boat holiday of 06-19 skipped): 2026-06-25.
    // On 2026-06-25 it is not judged (1 and 3 are settled, 1 on time); from 2026-06-26 it counts, unsettled.
    const on = async (today: string) => {
      const res = await api("/api/v1/assessment/2026", { token: office, today });
      return line((res.body.entries as { unit: string; breakdown: Record<string, unknown>[] }[]).find((e) => e.unit === A), "会议决定落实率");
    };
    expect(await on("2026-06-25")).toMatchObject({ numerator: 1, denominator: 2 });
    expect(await on("2026-06-26")).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it("keeps the default scheme's figures as they were: the new indicators are neither counted nor listed", async () => {
    const stored = await api("/api/v1/assessment/2026/scheme", { method: "PUT", token: office, json: defaultScheme });
    expect(stored.status).toBe(200);
    const entries = await assess();
    const a = entries.find((e) => e.unit === A)!;
    expect(a.breakdown.map((l) => l.indicator)).toEqual(["牵头事项按期办结率", "协办事项按期办结率", "进展按时报送率"]);
    // Its two turned decisions are matters it leads: 1 of 2 on time.
    expect(line(a, "牵头事项按期办结率")).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it("weighs 联合调研按时审定率: an answer after the draft's due day lowers it; a draft due before the start does not count", async () => {
    const [tax, finance] = [await tokenFor("unit", "县税务局"), await tokenFor("unit", A)];
    const research = async (today: string) => {
      const r = await api("/api/v1/research", { method: "POST", token: office, today, json: { topic: `调研课题${++n}`, units: ["县税务局", A], lead: "办公室", draft: { kind: "调研报告", title: "调研报告", text: "一、基本情况……" } } });
      expect(r.status).toBe(201);
      return r.body as { id: number; draft: { approvalsDue: string } };
    };
    const answer = (id: number, token: string, today: string) => api(`/api/v1/research/${id}/approvals`, { method: "POST", token, today, json: { decision: "同意" } });
    // Due before the start: 县税务局 late, 县财政局 never answers.
    const early = await research("2026-02-02");
    expect(early.draft.approvalsDue < "2026-03-01").toBe(true);
    expect((await answer(early.id, tax, "2026-02-27")).status).toBe(200);
    // Due 2026-04-16 (清明 2026-04-06 off): 县税务局 answers on time, 县财政局 four days late.
    const r = await research("2026-04-01");
    expect(r.draft.approvalsDue).toBe("2026-04-16");
    expect((await answer(r.id, tax, "2026-04-10")).status).toBe(200);
    expect((await answer(r.id, finance, "2026-04-20")).status).toBe(200);
    const put = await api("/api/v1/assessment/2026/scheme", { method: "PUT", token: office, json: { ...defaultScheme, indicators: [{ key: "researchApprovals", name: "联合调研按时审定率", weight: 100 }] } });
    expect(put.status).toBe(200);
    const entries = await assess();
    expect(entries.find((e) => e.unit === "县税务局")).toMatchObject({ score: 100, breakdown: [{ numerator: 1, denominator: 1, points: 100 }] });
    expect(entries.find((e) => e.unit === A)).toMatchObject({ score: 0, breakdown: [{ numerator: 0, denominator: 1, points: 0 }] });
  });
});
