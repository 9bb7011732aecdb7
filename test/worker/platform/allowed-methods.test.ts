import { beforeAll, describe, expect, it } from "vitest";
import { api, tokenFor } from "../helpers";
import { changedTables, dbFingerprint } from "../db-fingerprint";

let office: string;
let finance: string;
beforeAll(async () => {
  office = await tokenFor("office");
  finance = await tokenFor("unit", "县财政局");
});

describe("a path that exists, asked with a method it does not take", () => {
  it("answers 405 with Allow listing its methods, in the one error shape, and changes nothing", async () => {
    const before = await dbFingerprint();
    const res = await api("/api/v1/tasks", { method: "DELETE", token: office });
    expect(res.status).toBe(405);
    expect(res.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
    expect(res.body).toEqual({
      error: { code: "method_not_allowed", message: "接口 /api/v1/tasks 不接受 DELETE 请求，可用的请求方法：GET", details: [] },
    });
    expect(changedTables(before, await dbFingerprint())).toEqual([]);
  });

  it("lists every method of a path with parameters, matched as its routes match it", async () => {
    const res = await api("/api/v1/matters/12345", { method: "PUT", token: office, json: {} });
    expect(res.status).toBe(405);
    const allowed = res.headers.get("Allow")!.split(", ");
    expect(allowed).toContain("GET");
    expect(allowed).toContain("PATCH");
    expect(allowed).not.toContain("PUT");
    expect(res.body.error.message).toMatch(/^接口 \/api\/v1\/matters\/12345 不接受 PUT 请求，可用的请求方法：.*GET/);
  });

  it("names POST for a write-only path asked with GET", async () => {
    const res = await api("/api/v1/reports/1/restore", { method: "GET", token: office });
    expect(res.status).toBe(405);
    expect(res.headers.get("Allow")).toBe("OPTIONS, POST");
    expect(res.body.error.message).toBe("接口 /api/v1/reports/1/restore 不接受 GET 请求，可用的请求方法：POST");
  });

  it("still answers 404 for a path no route has, whatever the method", async () => {
    for (const method of ["GET", "DELETE"]) {
      const res = await api("/api/v1/no-such-thing", { method, token: office });
      expect(res.status).toBe(404);
      expect(res.headers.get("Allow")).toBeNull();
      expect(res.body.error.code).toBe("not_found");
    }
  });

  it("answers an OPTIONS that is not a CORS preflight with 204 and the path's methods", async () => {
    const res = await api("/api/v1/tasks", { method: "OPTIONS", token: office });
    expect(res.status).toBe(204);
    expect(res.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
    expect(res.body).toBeUndefined();
  });

  it("asks for a token first: a caller without one gets 401, not the path's methods", async () => {
    const res = await api("/api/v1/tasks", { method: "DELETE" });
    expect(res.status).toBe(401);
    expect(res.headers.get("Allow")).toBeNull();
  });

  it("answers a unit the same way: the methods are the public API's, not a row's", async () => {
    const res = await api("/api/v1/tasks", { method: "POST", token: finance, json: {} });
    expect(res.status).toBe(405);
    expect(res.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
  });
});
