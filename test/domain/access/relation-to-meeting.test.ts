import { describe, expect, it } from "vitest";
import { relationToMeeting, relationToTopic } from "../../../domain/access";

const unit = (unitId: number) => ({ role: "unit" as const, unitId });

describe("relationToMeeting", () => {
  it("is invited when the caller's unit is among the invited", () => {
    expect(relationToMeeting(unit(3), [1, 3])).toBe("invited");
  });
  it("is none for a unit not invited, and for the office and leaders", () => {
    expect(relationToMeeting(unit(2), [1, 3])).toBe("none");
    expect(relationToMeeting({ role: "office" }, [1, 3])).toBe("none");
    expect(relationToMeeting({ role: "leader" }, [1, 3])).toBe("none");
  });
});

describe("relationToTopic", () => {
  it("is own for the proposer, whatever its meeting", () => {
    expect(relationToTopic(unit(5), { proposerUnitId: 5, onAgenda: false, meetingInvitedUnitIds: [] })).toBe("own");
  });
  it("is agenda for an invited unit once the topic is on the agenda, and none before", () => {
    expect(relationToTopic(unit(2), { proposerUnitId: 5, onAgenda: true, meetingInvitedUnitIds: [2] })).toBe("agenda");
    expect(relationToTopic(unit(2), { proposerUnitId: 5, onAgenda: false, meetingInvitedUnitIds: [2] })).toBe("none");
    expect(relationToTopic(unit(3), { proposerUnitId: 5, onAgenda: true, meetingInvitedUnitIds: [2] })).toBe("none");
  });
});
