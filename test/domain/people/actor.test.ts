import { describe, expect, it } from "vitest";
import { postOfToken, readActor } from "../../../domain/people";
import { relationToSignOff } from "../../../domain/access";

describe("readActor", () => {
  it("reads the role, unit and person the change log names", () => {
    expect(readActor("unit:县财政局/张三#7")).toEqual({ role: "unit", unit: "县财政局", person: { id: 7, name: "张三" } });
    expect(readActor("office/李四#3")).toEqual({ role: "office", unit: null, person: { id: 3, name: "李四" } });
    expect(readActor("unit:县法院")).toEqual({ role: "unit", unit: "县法院", person: null });
    expect(readActor("system:cron")).toEqual({ role: "system", unit: null, person: null });
    expect(readActor("admin-cli")).toEqual({ role: "admin-cli", unit: null, person: null });
  });
});

describe("posts and sign-off", () => {
  it("gives a token issued before people had tokens the post it always acted in", () => {
    expect(postOfToken("unit", null)).toBe("联络员");
    expect(postOfToken("office", null)).toBe("办公室");
    expect(postOfToken("leader", null)).toBe("召集人");
    expect(postOfToken("unit", "执行员")).toBe("执行员");
  });

  it("makes an 执行员 a drafter only while sign-off is on", () => {
    expect(relationToSignOff({ role: "unit", post: "执行员" }, true)).toBe("drafter");
    expect(relationToSignOff({ role: "unit", post: "执行员" }, false)).toBe("signer");
    expect(relationToSignOff({ role: "unit", post: "联络员" }, true)).toBe("signer");
    expect(relationToSignOff({ role: "office", post: "办公室" }, true)).toBe("none");
  });
});
