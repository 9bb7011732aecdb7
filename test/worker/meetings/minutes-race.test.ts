import { beforeAll, describe, expect, it } from "vitest";
import { api } from "../helpers";
import { callers, ensureCalendar2026 } from "../matters-fixtures";
import { meetingBody, minutesBody } from "./meetings-fixtures";

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

describe("one minutes number given to several meetings at the same moment", () => {
  it("stores it on one meeting and refuses the others on `number`, never a server error", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) {
      const m = await api("/api/v1/meetings", { method: "POST", token: t.office, json: meetingBody({ date: `2026-04-0${i + 1}` }) });
      expect(m.status).toBe(201);
      ids.push(m.body.id);
    }
    const number = "金府院纪〔2026〕9号";
    const results = await Promise.all(ids.map((id) => api(`/api/v1/meetings/${id}/minutes`, { method: "PUT", token: t.office, json: minutesBody(number) })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 422, 422, 422, 422, 422]);
    const saved = ids[results.findIndex((r) => r.status === 200)]!;
    for (const r of results.filter((x) => x.status === 422)) {
      expect(r.body.error.details).toEqual([{ row: null, column: "number", code: "duplicate", message: `纪要编号“${number}”已用于另一次会议（编号 ${saved}）` }]);
    }
    const list = await api("/api/v1/meetings", { token: t.office });
    const numbered = list.body.meetings.filter((m: { minutes: { number: string } | null }) => m.minutes?.number === number);
    expect(numbered.map((m: { id: number }) => m.id)).toEqual([saved]);
  });
});
