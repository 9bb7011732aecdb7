import { describe, expect, it } from "vitest";
import { isValidIsoDate } from "../../../domain/calendar";
import { arrangements } from "./fixture";

// Invariants of the seeded State Council arrangements (seed/calendar/cn-holidays.json).
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const isWeekend = (iso: string) => weekday(iso) === 0 || weekday(iso) === 6;
const year = (y: number) => arrangements.find((a) => a.year === y)!;
const range = (from: string, to: string) => {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};

describe("the seeded holiday arrangements", () => {
  it("cover every year from 2016 through 2026, once each, in order", () => {
    expect(arrangements.map((a) => a.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it("name a State Council notice as the source of every year", () => {
    for (const a of arrangements) expect(a.source, String(a.year)).toMatch(new RegExp(`^国务院办公厅关于${a.year}年部分节假日安排的通知`));
  });

  it("hold only valid dates inside their own year, each listed once", () => {
    for (const a of arrangements) {
      const all = [...a.off, ...a.work];
      expect(all.filter((d) => !isValidIsoDate(d) || !d.startsWith(`${a.year}-`)), String(a.year)).toEqual([]);
      expect(new Set(all).size, String(a.year)).toBe(all.length);
    }
  });

  it("list every make-up workday on a Saturday or Sunday", () => {
    const weekdays = arrangements.flatMap((a) => a.work).filter((d) => !isWeekend(d));
    expect(weekdays).toEqual([]);
  });

  it("take away exactly the statutory holidays from the weekdays of each year", () => {
    // Weekdays off minus make-up days = statutory holidays: 11 a year until 2024, 13 from 2025
    // (除夕 and 5月2日 added), and 13 in 2020 (Spring Festival extended: 31 January off, 1 February not worked).
    const net = Object.fromEntries(arrangements.map((a) => [a.year, a.off.filter((d) => !isWeekend(d)).length - a.work.length]));
    expect(net).toEqual({ 2016: 11, 2017: 11, 2018: 11, 2019: 11, 2020: 13, 2021: 11, 2022: 11, 2023: 11, 2024: 11, 2025: 13, 2026: 13 });
  });

  it("make 4 and 18 February 2024 make-up workdays and keep 10–17 February off", () => {
    expect(year(2024).work).toEqual(expect.arrayContaining(["2024-02-04", "2024-02-18"]));
    expect(year(2024).off).toEqual(expect.arrayContaining(range("2024-02-10", "2024-02-17")));
    expect(year(2024).off).not.toContain("2024-02-09");
  });

  it("keep 28 January to 4 February 2025 off, New Year's Eve included", () => {
    expect(year(2025).off).toEqual(expect.arrayContaining(range("2025-01-28", "2025-02-04")));
    expect(year(2025).work).toEqual(expect.arrayContaining(["2025-01-26", "2025-02-08"]));
  });

  it("keep 1–5 May 2025 off with 27 April worked", () => {
    expect(year(2025).off).toEqual(expect.arrayContaining(range("2025-05-01", "2025-05-05")));
    expect(year(2025).work).toContain("2025-04-27");
  });

  it("keep 1–7 October 2024 off with 29 September and 12 October worked", () => {
    expect(year(2024).off).toEqual(expect.arrayContaining(range("2024-10-01", "2024-10-07")));
    expect(year(2024).work).toEqual(expect.arrayContaining(["2024-09-29", "2024-10-12"]));
  });

  it("keep 2026's New Year, nine-day Spring Festival and National Day as published in November 2025", () => {
    expect(year(2026).off).toEqual(expect.arrayContaining(["2026-01-01", ...range("2026-02-15", "2026-02-23"), ...range("2026-10-01", "2026-10-07")]));
    expect(year(2026).work).toEqual(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]);
  });

  it("extend the 2020 Spring Festival to 2 February and drop the 1 February make-up day", () => {
    expect(year(2020).off).toEqual(expect.arrayContaining(range("2020-01-24", "2020-02-02")));
    expect(year(2020).work).not.toContain("2020-02-01");
  });

  it("follow the revised 2019 Labour Day: 1–4 May off, 28 April and 5 May worked", () => {
    expect(year(2019).off).toEqual(expect.arrayContaining(range("2019-05-01", "2019-05-04")));
    expect(year(2019).work).toEqual(expect.arrayContaining(["2019-04-28", "2019-05-05"]));
  });

  it("store the December days of a New Year holiday in the year they fall in", () => {
    expect(year(2018).work).toContain("2018-12-29");
    expect(year(2018).off).toEqual(expect.arrayContaining(["2018-12-30", "2018-12-31"]));
    expect(year(2023).off).toEqual(expect.arrayContaining(["2023-12-30", "2023-12-31"]));
  });
});
