import { describe, expect, it } from "vitest";
import { matterDeadline } from "../../../domain/matters/matter-deadline";
import { cal } from "../calendar/fixture";

describe("matterDeadline", () => {
  it("gives the same original and current deadline without extensions", () => {
    expect(matterDeadline("2025-01-24", 10, [], cal)).toEqual({ original: "2025-02-13", deadline: "2025-02-13", provisional: false });
  });

  it("counts an approved extension from the then-current deadline", () => {
    // 2025-02-13 (Thu) + 5 working days: Feb 14, 17, 18, 19, 20.
    expect(matterDeadline("2025-01-24", 10, [5], cal)).toEqual({ original: "2025-02-13", deadline: "2025-02-20", provisional: false });
  });

  it("applies several approved extensions in order", () => {
    // 2024-09-20 + 5 = Sep 27 (Sep 23–27); + 2 = Sep 29 (Sun, make-up), Sep 30; + 1 = Oct 8.
    expect(matterDeadline("2024-09-20", 5, [2, 1], cal)).toEqual({ original: "2024-09-27", deadline: "2024-10-08", provisional: false });
  });

  it("becomes provisional when an extension pushes the deadline past 2026", () => {
    expect(matterDeadline("2026-12-14", 10, [5], cal)).toEqual({ original: "2026-12-28", deadline: "2027-01-04", provisional: true });
  });

  it("does not modify the list of extensions", () => {
    const extensions = Object.freeze([5, 3]);
    matterDeadline("2025-01-24", 10, extensions, cal);
    expect(extensions).toEqual([5, 3]);
  });

  describe("edge cases", () => {
    it("throws a RangeError naming the bad extension", () => {
      expect(() => matterDeadline("2025-01-24", 10, [5, 0], cal)).toThrow(/^approvedExtensionDays\[1\]/);
    });

    it("throws a RangeError naming start for a bad assigned date", () => {
      expect(() => matterDeadline("2025-02-29", 10, [], cal)).toThrow(/^start:/);
    });
  });
});
