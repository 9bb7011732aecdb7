import { describe, expect, it } from "vitest";
import { relationToDraft } from "../../../domain/access";

const draft = { unitId: 5, authorId: 11 };
const executor = (personId: number | null, unitId = 5) => ({ role: "unit" as const, post: "执行员", unitId, personId });

describe("relationToDraft", () => {
  it("calls the person who drafted it its author, whatever his post", () => {
    expect(relationToDraft(executor(11), draft, true)).toBe("author");
    expect(relationToDraft({ ...executor(11), post: "联络员" }, draft, true)).toBe("author");
  });

  it("calls the unit's 联络员 a signer, and another 执行员 of the unit only a unit member while sign-off is on", () => {
    expect(relationToDraft({ ...executor(12), post: "联络员" }, draft, true)).toBe("signer");
    expect(relationToDraft(executor(12), draft, true)).toBe("unit");
    expect(relationToDraft(executor(12), draft, false)).toBe("signer");
  });

  it("gives a draft saved by a token without a person no author: a token without a person acts as the 联络员", () => {
    expect(relationToDraft({ ...executor(null), post: "联络员" }, { unitId: 5, authorId: null }, true)).toBe("signer");
    expect(relationToDraft(executor(12), { unitId: 5, authorId: null }, true)).toBe("unit");
  });

  it("ties another unit, the office and leaders by none", () => {
    expect(relationToDraft(executor(11, 6), draft, true)).toBe("none");
    expect(relationToDraft({ role: "office", post: "办公室", personId: 11 }, draft, true)).toBe("none");
    expect(relationToDraft({ role: "leader", post: "召集人", personId: 11 }, draft, false)).toBe("none");
  });
});
