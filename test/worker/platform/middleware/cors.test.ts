import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../../../worker/app";
import { api, tokenFor } from "../../helpers";

const PORTAL = "https://portal.example.gov.cn";
const FOREIGN = "https://evil.example.com";

/** The same app with ALLOWED_ORIGINS set as a deployment would set it in wrangler.toml. */
const configured = (path: string, init: RequestInit) =>
  createApp().request(`https://fuyuan.test${path}`, init, { ...env, ALLOWED_ORIGINS: ` ${PORTAL}/ ,https://other.example.gov.cn` });

const preflight = (origin: string) => ({
  method: "OPTIONS",
  headers: { Origin: origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,content-type" },
});

describe("CORS", () => {
  it("gives a page from a foreign origin no Access-Control-Allow-Origin, so its browser keeps the answer from it", async () => {
    const token = await tokenFor("office");
    const res = await api("/api/v1/units", { token, headers: { Origin: FOREIGN } });
    expect(res.status).toBe(200);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBeNull();
    expect(res.headers.get("Vary")).toMatch(/Origin/);
  });

  it("refuses a foreign origin's preflight carrying Authorization, allowing nothing", async () => {
    const res = await api("/api/v1/matters", preflight(FOREIGN));
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
    expect(res.body.error.message).toBe("不允许从此来源跨域访问台账接口");
    expect(res.headers.get("Access-Control-Allow-Origin")).toBeNull();
    expect(res.headers.get("Access-Control-Allow-Headers")).toBeNull();
    expect(res.headers.get("Access-Control-Allow-Methods")).toBeNull();
  });

  it("does not take a foreign origin for allowed when ALLOWED_ORIGINS lists others", async () => {
    const res = await configured("/api/v1/matters", preflight(FOREIGN));
    expect(res.status).toBe(403);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });

  it("answers a configured origin's preflight with that origin and the Authorization header allowed", async () => {
    const res = await configured("/api/v1/matters", preflight(PORTAL));
    expect(res.status).toBe(204);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe(PORTAL);
    expect(res.headers.get("Access-Control-Allow-Headers")?.split(",")).toEqual(expect.arrayContaining(["Authorization", "Content-Type", "Idempotency-Key"]));
    expect(res.headers.get("Access-Control-Allow-Methods")).toContain("POST");
  });

  it("lets a configured origin read the answer to a real request", async () => {
    const token = await tokenFor("office");
    const res = await configured("/api/v1/units", { headers: { Origin: PORTAL, Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe(PORTAL);
    expect(res.headers.get("Access-Control-Expose-Headers")).toContain("Retry-After");
  });

  it("allows the worker's own origin (the task pane's) without any configuration", async () => {
    const res = await api("/api/v1/matters", preflight("https://fuyuan.test"));
    expect(res.status).toBe(204);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("https://fuyuan.test");
  });

  it("never answers with the wildcard", async () => {
    for (const origin of [FOREIGN, "null", PORTAL]) {
      const res = await configured("/api/v1/health", { headers: { Origin: origin } });
      expect(res.headers.get("Access-Control-Allow-Origin")).not.toBe("*");
    }
  });
});
