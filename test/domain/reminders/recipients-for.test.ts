import { describe, expect, it } from "vitest";
import { recipientsFor, type LeadUnitPeople } from "../../../domain/reminders/recipients-for";

const liaison = { id: 11, name: "张三", unitId: 7 };
const courtLeader = { id: 2, name: "孙副", unitId: 1 };
const countyLeader = { id: 3, name: "赵正", unitId: null };
const tied = (o: Partial<LeadUnitPeople> = {}): LeadUnitPeople => ({ liaison, leadersInCharge: [courtLeader], officeUnitIds: [1, 5], ...o });

describe("recipientsFor", () => {
  it("sends a 临期 or 逾期 reminder to the lead unit's 联络员 only, by name", () => {
    for (const level of ["临期", "逾期"] as const) {
      expect(recipientsFor({ leadUnitId: 7 }, level, tied())).toEqual([{ to: "联络员", unitId: 7, person: { id: 11, name: "张三" } }]);
    }
  });

  it("also sends a 严重逾期 reminder to each leader in charge, through his unit or else the office's", () => {
    expect(recipientsFor({ leadUnitId: 7 }, "严重逾期", tied({ leadersInCharge: [courtLeader, countyLeader, courtLeader] }))).toEqual([
      { to: "联络员", unitId: 7, person: { id: 11, name: "张三" } },
      { to: "分管领导", unitId: 1, person: { id: 2, name: "孙副" } },
      { to: "分管领导", unitId: 1, person: { id: 3, name: "赵正" } },
      { to: "分管领导", unitId: 5, person: { id: 3, name: "赵正" } },
    ]);
  });

  it("still reaches the lead unit when it has no current 联络员, and no leader when none is in charge", () => {
    expect(recipientsFor({ leadUnitId: 7 }, "严重逾期", tied({ liaison: null, leadersInCharge: [] }))).toEqual([{ to: "联络员", unitId: 7, person: null }]);
  });
});
