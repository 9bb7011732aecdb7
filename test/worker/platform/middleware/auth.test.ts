import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { api, db, tokenFor } from "../../helpers";
import { tokens } from "../../../../schema/tables";
import { hashToken } from "../../../../worker/platform/token-hash";

describe("bearer tokens", () => {
  it("refuses an API call without a token with 401 in the one error shape", async () => {
    const res = await api("/api/v1/units");
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthorized");
    expect(res.body.error.message).toMatch(/令牌/);
    expect(res.body.error.details).toEqual([]);
  });

  it.each([
    ["Basic credentials", "Basic Zm9vOmJhcg=="],
    ["two tokens", "Bearer fy_one, Bearer fy_two"],
    ["a token with a space in it", "Bearer fy_one fy_two"],
  ])("refuses %s in Authorization with 400 saying what the header should hold, in Chinese", async (_what, header) => {
    const res = await api("/api/v1/units", { headers: { Authorization: header } });
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({
      code: "invalid_authorization",
      message: "访问令牌格式有误：Authorization 请求头应为 “Bearer ” 加一个令牌，请重新复制令牌后登录",
      details: [],
    });
    expect(res.headers.get("WWW-Authenticate")).toMatch(/invalid_request/);
  });

  it("refuses an unknown token with 401", async () => {
    const res = await api("/api/v1/units", { token: "fy_not-a-real-token" });
    expect(res.status).toBe(401);
  });

  it("refuses a revoked token with 401", async () => {
    const token = await tokenFor("office");
    await db().update(tokens).set({ revokedAt: new Date() }).where(eq(tokens.hash, await hashToken(token)));
    expect((await api("/api/v1/units", { token })).status).toBe(401);
  });

  it("stores only the hash of a token, never the token itself", async () => {
    const token = await tokenFor("leader");
    const rows = await db().select().from(tokens);
    expect(rows.some((r) => r.hash === token)).toBe(false);
    expect(rows.some((r) => r.hash.length === 64)).toBe(true);
  });

  it("tells a unit token who it is", async () => {
    const token = await tokenFor("unit", "县财政局");
    const res = await api("/api/v1/me", { token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ role: "unit", roleName: "成员单位", unit: "县财政局" });
  });

  it("answers an unknown path with 404 in the one error shape", async () => {
    const res = await api("/api/v1/nothing-here", { token: await tokenFor("office") });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("documents every foundation route from the zod schemas", async () => {
    const res = await api("/api/v1/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    for (const path of ["/api/v1/units", "/api/v1/tasks", "/api/v1/tasks/{no}/responsible", "/api/v1/reports", "/api/v1/health"]) {
      expect(Object.keys(res.body.paths)).toContain(path);
    }
    expect(res.body.components.schemas.ReportSubmission).toBeDefined();
  });
});
