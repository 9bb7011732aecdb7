import { beforeAll, describe, expect, it } from "vitest";
import { api, tokenFor } from "./helpers";

let unit: string;
beforeAll(async () => {
  unit = await tokenFor("unit", "县财政局");
});

describe("GET /api/v1/calendar", () => {
  it("lists every loaded year with its source, off days and make-up workdays", async () => {
    const res = await api("/api/v1/calendar", { token: unit });
    expect(res.status).toBe(200);
    expect(res.body.years.map((y: { year: number }) => y.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    const y2024 = res.body.years.find((y: { year: number }) => y.year === 2024);
    expect(y2024.work).toContain("2024-02-04");
    expect(y2024.off).toContain("2024-10-07");
  });

  it("refuses a caller without a token", async () => {
    expect((await api("/api/v1/calendar")).status).toBe(401);
  });
});

describe("GET /api/v1/calendar/:year", () => {
  it("returns one year's arrangement with its source notice", async () => {
    const res = await api("/api/v1/calendar/2025", { token: unit });
    expect(res.status).toBe(200);
    expect(res.body.source).toContain("国办发明电〔2024〕12号");
    expect(res.body.off).toContain("2025-01-28");
    expect(res.body.work).toEqual(["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"]);
  });

  it("answers 404 in Chinese for a year not loaded", async () => {
    const res = await api("/api/v1/calendar/2030", { token: unit });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe("尚未载入2030年的节假日安排");
  });

  it("refuses a year that is not a number, naming the parameter", async () => {
    const res = await api("/api/v1/calendar/20x6", { token: unit });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].column).toBe("year");
  });
});

describe("GET /api/v1/calendar/deadline", () => {
  it("counts 10 working days across the 2025 Spring Festival", async () => {
    const res = await api("/api/v1/calendar/deadline?start=2025-01-24&days=10", { token: unit });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ start: "2025-01-24", days: 10, deadline: "2025-02-13", provisional: false });
  });

  it("marks a deadline past 2026 provisional and says 2027 is not loaded", async () => {
    const res = await api("/api/v1/calendar/deadline?start=2026-12-25&days=10", { token: unit });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ deadline: "2027-01-08", provisional: true });
    expect(res.body.note).toBe("2027年的节假日安排尚未载入，这部分日期仅按周末计算，结果为暂定");
  });

  it("refuses an impossible start date, naming start", async () => {
    const res = await api("/api/v1/calendar/deadline?start=2026-02-30&days=10", { token: unit });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ row: null, column: "start" })]);
  });

  it("refuses zero days, naming days", async () => {
    const res = await api("/api/v1/calendar/deadline?start=2026-03-02&days=0", { token: unit });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ column: "days", message: "工作日数 days 至少为 1" })]);
  });

  it("refuses days that are not a whole number, naming days", async () => {
    const res = await api("/api/v1/calendar/deadline?start=2026-03-02&days=abc", { token: unit });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].column).toBe("days");
  });

  it("refuses a missing start, naming start", async () => {
    const res = await api("/api/v1/calendar/deadline?days=10", { token: unit });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].column).toBe("start");
  });
});

describe("GET /api/v1/calendar/workdays", () => {
  it("counts 1 working day across the 2024 National Day holiday", async () => {
    const res = await api("/api/v1/calendar/workdays?from=2024-09-30&to=2024-10-08", { token: unit });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ from: "2024-09-30", to: "2024-10-08", workdays: 1, provisional: false });
  });

  it("returns a negative count when to is earlier than from", async () => {
    const res = await api("/api/v1/calendar/workdays?from=2025-02-13&to=2025-01-24", { token: unit });
    expect(res.body.workdays).toBe(-10);
  });

  it("marks a count reaching into 2027 provisional with a note", async () => {
    const res = await api("/api/v1/calendar/workdays?from=2026-12-31&to=2027-01-04", { token: unit });
    expect(res.body).toMatchObject({ workdays: 2, provisional: true });
    expect(res.body.note).toContain("2027年");
  });

  it("refuses an unpadded date, naming to", async () => {
    const res = await api("/api/v1/calendar/workdays?from=2026-03-02&to=2026-3-5", { token: unit });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ column: "to" })]);
  });
});
