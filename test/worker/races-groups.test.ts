import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { changeLog } from "../../schema/tables";
import { api, db, tokenFor } from "./helpers";

let office: string;
beforeAll(async () => {
  office = await tokenFor("office");
});

const groupPath = (name: string) => `/api/v1/groups/${encodeURIComponent(name)}`;
const put = (name: string, json: unknown) => api(groupPath(name), { method: "PUT", token: office, json });
const groupNow = async (name: string) => (await api("/api/v1/groups", { token: office })).body.groups.find((g: any) => g.name === name);
const logOf = (name: string) => db().select().from(changeLog).where(and(eq(changeLog.entity, "unit_groups"), eq(changeLog.entityId, name)));

describe("PUT /api/v1/groups/:name under concurrency", () => {
  it("of several replacements sent at once exactly one is stored and logged; the others get 409 with the current group", async () => {
    const name = "各直属机构";
    const start = await groupNow(name);
    expect(start.version).toBe(1);
    const lists = [["县信访局"], ["县行政审批局"], ["县医保局"], ["县信访局", "县医保局"], ["县行政审批局", "县信访局"], ["县科商经信局"]];
    const results = await Promise.all(lists.map((members) => put(name, { members, version: 1 })));
    const ok = results.filter((r) => r.status === 200);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.status !== 200).map((r) => r.status)).toEqual(Array(5).fill(409));
    const winner = ok[0]!.body;
    expect(winner.version).toBe(2);
    for (const r of results.filter((x) => x.status === 409)) {
      expect(r.body.error.current).toEqual(winner);
      expect(r.body.error.details[0]).toMatchObject({ column: "version", code: "stale" });
    }
    expect(await groupNow(name)).toEqual(winner);
    const log = await logOf(name);
    expect(log).toHaveLength(1);
    expect(log[0]!.after).toMatchObject({ members: winner.members, version: 2 });
  });

  it("without a version, racing replacements still never both land: one 200, the rest 409, one log line each accepted", async () => {
    const name = "开发区管委";
    const results = await Promise.all([["金寨经济开发区管委"], ["县信访局"], ["县医保局"], ["县行政审批局"]].map((members) => put(name, { members })));
    const ok = results.filter((r) => r.status === 200);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    expect(results.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    const now = await groupNow(name);
    expect(now.version).toBe(1 + ok.length);
    expect(await logOf(name)).toHaveLength(ok.length);
  });

  it("refuses a stale version with 409, the current group, and writes nothing", async () => {
    const name = "各成员单位";
    const before = await groupNow(name);
    const res = await put(name, { members: ["县信访局"], version: before.version + 5 });
    expect(res.status).toBe(409);
    expect(res.body.error.current).toEqual(before);
    expect(await groupNow(name)).toEqual(before);
    expect(await logOf(name)).toHaveLength(0);
  });
});
