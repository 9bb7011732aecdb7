import { describe, expect, it } from "vitest";
import { assessmentStart } from "../../../domain/assessment";

describe("assessmentStart", () => {
  it("starts the go-live year on the go-live day", () => {
    expect(assessmentStart(2025, "2025-12-01")).toBe("2025-12-01");
  });

  it("starts every later year on 1 January", () => {
    expect(assessmentStart(2026, "2025-12-01")).toBe("2026-01-01");
  });

  it("starts a year wholly before the go-live day after its end, so nothing of it counts", () => {
    expect(assessmentStart(2024, "2025-12-01")).toBe("2025-12-01");
  });

  it("starts every year on 1 January when no go-live day is set", () => {
    expect(assessmentStart(2025, null)).toBe("2025-01-01");
  });
});
