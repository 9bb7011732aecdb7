import { describe, expect, it } from "vitest";
import { recomputedDeadline } from "../../../domain/matters/recomputed-deadline";
import { buildWorkCalendar } from "../../../domain/calendar";
import { cal } from "../calendar/fixture";

// Assigned Fri 24 Jan 2025 with 10 working days: due Thu 13 Feb 2025 (the Spring Festival off).
const stored = { assigned: "2025-01-24", days: 10, deadline: "2025-02-13", originalDeadline: "2025-02-13", provisional: false, overdueSince: null };

describe("recomputedDeadline", () => {
  it("answers null when nothing about the deadline changes", () => {
    expect(recomputedDeadline(stored, [], cal, "2025-02-01")).toBeNull();
  });

  it("moves the deadline by an approved extension and keeps the original", () => {
    // 13 Feb + 5 working days: 14, 17, 18, 19, 20 Feb.
    expect(recomputedDeadline(stored, [5], cal, "2025-02-01")).toEqual({
      deadline: "2025-02-20",
      originalDeadline: "2025-02-13",
      provisional: false,
      overdueSince: null,
    });
  });

  it("clears the overdue mark when the moved deadline is today or later", () => {
    const overdue = { ...stored, overdueSince: "2025-02-14" };
    expect(recomputedDeadline(overdue, [5], cal, "2025-02-20")?.overdueSince).toBeNull();
  });

  it("keeps the overdue mark when the moved deadline has passed too", () => {
    const overdue = { ...stored, overdueSince: "2025-02-14" };
    expect(recomputedDeadline(overdue, [5], cal, "2025-02-21")?.overdueSince).toBe("2025-02-14");
  });

  it("recomputes both deadlines under a calendar without the holiday", () => {
    // Without 2025's arrangement the year is unloaded: weekdays only, and provisional.
    const bare = buildWorkCalendar([]);
    expect(recomputedDeadline(stored, [], bare, "2025-02-01")).toEqual({
      deadline: "2025-02-07",
      originalDeadline: "2025-02-07",
      provisional: true,
      overdueSince: null,
    });
  });

  it("does not modify the matter or the list of extensions", () => {
    const m = Object.freeze({ ...stored });
    const extensions = Object.freeze([5]);
    recomputedDeadline(m, extensions, cal, "2025-02-01");
    expect(m).toEqual(stored);
    expect(extensions).toEqual([5]);
  });
});
