import { describe, expect, it } from "vitest";
import { api, tokenFor } from "./helpers";

describe("GET /api/v1/units", () => {
  it("lists the 27 joint-meeting members as members", async () => {
    const res = await api("/api/v1/units", { token: await tokenFor("leader") });
    expect(res.status).toBe(200);
    const members = res.body.units.filter((u: any) => u.member);
    expect(members).toHaveLength(27);
    expect(members[0].name).toBe("县法院");
    expect(members.at(-1).name).toBe("县银保监组");
  });

  it("includes units the tasks name outside the member list, not as members", async () => {
    const res = await api("/api/v1/units", { token: await tokenFor("office") });
    for (const name of ["县委政法委", "供电公司", "县金融监管局", "县信用办"]) {
      const unit = res.body.units.find((u: any) => u.name === name);
      expect(unit, name).toBeDefined();
      expect(unit.member).toBe(false);
    }
  });

  it("shows the aliases the plan uses for 县科商经信局 and 县政府办", async () => {
    const res = await api("/api/v1/units", { token: await tokenFor("unit", "县财政局") });
    const byName = new Map(res.body.units.map((u: any) => [u.name, u]));
    expect((byName.get("县科商经信局") as any).aliases).toEqual(expect.arrayContaining(["县经信局", "县商务局"]));
    expect((byName.get("县政府办") as any).aliases).toContain("县政府办公室");
    expect((byName.get("县政府办") as any)).toMatchObject({ kind: "政府部门", member: true });
  });
});
