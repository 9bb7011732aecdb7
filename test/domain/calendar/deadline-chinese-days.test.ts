import { describe, expect, it } from "vitest";
import fc from "fast-check";
import chineseDays from "chinese-days";
import { deadlineAfter } from "../../../domain/calendar";
import { cal } from "./fixture";

// chinese-days ships the State Council's arrangements too: over the years both hold, the engine
// must name the same deadline for every start and every count of working days.
const first = Date.UTC(2016, 0, 1);
const last = Date.UTC(2026, 9, 1);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const startDay = fc.integer({ min: 0, max: (last - first) / 86_400_000 }).map((k) => iso(first + k * 86_400_000));

describe("deadlineAfter against chinese-days", () => {
  it("names the same deadline for any start in 2016–2026 and 1–30 working days", () => {
    fc.assert(
      fc.property(startDay, fc.integer({ min: 1, max: 30 }), (start, days) => {
        expect(deadlineAfter(start, days, cal).deadline).toBe(chineseDays.findWorkday(days, start));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads and writes every day of those years unchanged, and refuses dates that do not exist", () => {
    for (let t = first; t <= last; t += 86_400_000) expect(deadlineAfter(iso(t), 1, cal).deadline).toBe(chineseDays.findWorkday(1, iso(t)));
    for (const bad of ["2025-02-29", "2024-02-30", "2025-04-31", "2025-13-01", "2025-00-10", "2025-1-01", "２０25-01-01", "2025-01-01 "]) {
      expect(() => deadlineAfter(bad, 1, cal)).toThrow(RangeError);
    }
    expect(deadlineAfter("2024-02-29", 1, cal).deadline).toBe("2024-03-01");
    expect(deadlineAfter("2000-02-29", 1, cal).deadline).toBe("2000-03-01");
    expect(() => deadlineAfter("1900-02-29", 1, cal)).toThrow(RangeError);
  });
});
