import { describe, expect, it } from "vitest";
import { actionNames, actions, decide, refusalMessage, relationsTo, roles } from "../../../domain/access";

describe("refusalMessage", () => {
  it("has a Chinese sentence for every stated refusal the table can give", () => {
    for (const a of actionNames) {
      for (const role of roles) {
        for (const r of relationsTo[actions[a].about]) {
          const d = decide(role, r as never, a);
          if (d.allowed || d.refusal === "hidden") continue;
          expect(refusalMessage(a, d.refusal), `${a} ${role} ${r}`).toMatch(/^[\u4e00-\u9fff]/);
        }
      }
    }
  });

  it("tells a co-unit to leave settling to the lead unit without naming it", () => {
    expect(refusalMessage("settle_matter", "lead_only")).toBe("协办单位不能办结事项，请由牵头单位办结");
  });

  it("keeps the office-only sentence users already know", () => {
    expect(refusalMessage("edit_calendar", "office_only")).toBe("此操作仅限办公室");
  });
});
