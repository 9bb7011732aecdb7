import { describe, expect, it } from "vitest";
import { defaultScheme, draftNotice, scoreUnits } from "../../../domain/assessment";

const c = (numerator: number, denominator: number) => ({ numerator, denominator });

describe("draftNotice", () => {
  it("commends a unit graded 优秀 even without a recorded commendation", () => {
    const entries = scoreUnits([{ unit: "县法院", counts: { leadMatters: c(19, 20) } }], defaultScheme, []);
    const { text } = draftNotice({ year: 2026, scheme: defaultScheme, entries, date: "2027-01-20" });
    expect(text).toContain("　　1. 县法院：考评得分95分，等次为优秀。");
  });

  it("says so plainly when nobody is commended or held to account", () => {
    const entries = scoreUnits([{ unit: "县法院", counts: { leadMatters: c(17, 20) } }], defaultScheme, []);
    const { text } = draftNotice({ year: 2026, scheme: defaultScheme, entries, date: "2027-01-20" });
    expect(text).toContain("　　本年度无通报表扬单位。");
    expect(text).toContain("　　本年度无需问责或整改的单位。");
  });

  it("speaks only of the assessed units: a unit outside the set is neither counted, commended nor held to account", () => {
    const entries = scoreUnits(
      [
        { unit: "县法院", counts: { leadMatters: c(17, 20) } },
        { unit: "县委政法委", counts: { leadMatters: c(20, 20) }, assessed: false },
        { unit: "梅山镇人民政府", counts: { reports: c(0, 4) }, assessed: false },
      ],
      defaultScheme,
      [],
    );
    const { text } = draftNotice({ year: 2026, scheme: defaultScheme, entries, date: "2027-01-20" });
    expect(text).toContain("共有1个单位参加考评");
    expect(text).not.toContain("县委政法委");
    expect(text).not.toContain("梅山镇");
  });

  it("signs with the office and the given date in Chinese", () => {
    const { text } = draftNotice({ year: 2026, scheme: defaultScheme, entries: [], date: "2027-01-05" });
    expect(text.split("\n").slice(-2)).toEqual(["府院联动机制办公室", "2027年1月5日"]);
  });

  it("does not modify the entries", () => {
    const entries = scoreUnits([{ unit: "县法院", counts: { leadMatters: c(1, 2) } }], defaultScheme, []);
    const before = JSON.stringify(entries);
    draftNotice({ year: 2026, scheme: defaultScheme, entries, date: "2027-01-05" });
    expect(JSON.stringify(entries)).toBe(before);
  });
});
