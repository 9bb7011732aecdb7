import { beforeAll, describe, expect, it } from "vitest";
import { api, tokenFor } from "../../helpers";
import { changedTables, dbFingerprint } from "../../db-fingerprint";

let office: string;
let finance: string;
beforeAll(async () => {
  office = await tokenFor("office");
  finance = await tokenFor("unit", "县财政局");
});

const unknownParameter = (name: string) => ({ row: null, column: name, code: "unknown_parameter", message: `不支持查询参数 ${name}` });

describe("a query parameter the route does not declare is refused with 422 naming it", () => {
  it("refuses a filter named wrongly on the matter list (lead for unit) instead of answering every matter", async () => {
    const res = await api("/api/v1/matters?lead=%E5%8E%BF%E8%B4%A2%E6%94%BF%E5%B1%80&state=x", { token: office });
    expect(res.status).toBe(422);
    expect(res.body.error).toEqual({
      code: "invalid",
      message: "请求中有不支持的查询参数，未做任何处理",
      details: [unknownParameter("lead"), unknownParameter("state")],
    });
  });

  it("still takes the parameters the route declares", async () => {
    const res = await api(`/api/v1/matters?unit=${encodeURIComponent("县财政局")}`, { token: office });
    expect(res.status).toBe(200);
  });

  it("refuses any parameter on a route that declares none, named once however often it is repeated", async () => {
    const res = await api("/api/v1/tasks?year=2026&year=2027", { token: finance });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([unknownParameter("year")]);
  });

  it("matches a path with parameters as its route does, and refuses before the route writes", async () => {
    const before = await dbFingerprint();
    const res = await api("/api/v1/reports?dryRun=1", { method: "POST", token: finance, json: { rows: [{ task: 17, period: "2026-Q1", progress: "已召开专题会议" }] } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([unknownParameter("dryRun")]);
    expect(changedTables(before, await dbFingerprint())).toEqual([]);
    expect((await api("/api/v1/matters/1/history?x=1", { token: office })).body.error.details).toEqual([unknownParameter("x")]);
  });

  it("takes what either of two overlapping routes declares (/calendar/deadline beside /calendar/:year)", async () => {
    const res = await api("/api/v1/calendar/deadline?start=2026-03-02&days=10", { token: office });
    expect(res.status).toBe(200);
    expect((await api("/api/v1/calendar/deadline?start=2026-03-02&days=10&weekends=no", { token: office })).body.error.details).toEqual([unknownParameter("weekends")]);
  });

  it("refuses a declared parameter given twice, naming it, rather than as a value of the wrong type", async () => {
    const res = await api("/api/v1/matters?limit=1&limit=2&task=3", { token: office });
    expect(res.status).toBe(422);
    expect(res.body.error).toEqual({
      code: "invalid",
      message: "请求中有重复的查询参数，未做任何处理",
      details: [{ row: null, column: "limit", code: "repeated_parameter", message: "查询参数 limit 只能出现一次" }],
    });
  });

  it("names a parameter without a name as such, and takes a lone ? as no parameter at all", async () => {
    const res = await api("/api/v1/tasks?=1", { token: office });
    expect(res.body.error.details).toEqual([{ row: null, column: "", code: "unknown_parameter", message: "查询参数缺少名称（如 ?=1）" }]);
    expect((await api("/api/v1/tasks?", { token: office })).status).toBe(200);
  });

  it("asks for a token first, and leaves a path no route has to its 404", async () => {
    expect((await api("/api/v1/matters?lead=x")).status).toBe(401);
    expect((await api("/api/v1/no-such-thing?lead=x", { token: office })).status).toBe(404);
  });
});
