import { describe, expect, it } from "vitest";
import { api } from "./helpers";

describe("GET /api/v1/health", () => {
  it("answers ok without a token", async () => {
    const res = await api("/api/v1/health");
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(true);
    expect(res.body.county).toBe("金寨县");
  });
});
