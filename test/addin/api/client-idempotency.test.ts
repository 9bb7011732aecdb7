import { describe, expect, it } from "vitest";
import { createClient } from "../../../addin/api/client";

type Seen = { method: string; key: string | null; body: string | undefined };

/** A fake worker: answers each call with the next scripted outcome and records what it was sent. */
function scripted(outcomes: Array<"network" | { status: number; body: unknown; headers?: Record<string, string> }>) {
  const seen: Seen[] = [];
  const fetchImpl = (_url: string, init?: RequestInit): Promise<Response> => {
    const headers = new Headers(init?.headers);
    seen.push({ method: init?.method ?? "GET", key: headers.get("Idempotency-Key"), body: init?.body as string | undefined });
    const next = outcomes.shift();
    if (!next || next === "network") return Promise.reject(new TypeError("Failed to fetch"));
    return Promise.resolve(new Response(JSON.stringify(next.body), { status: next.status, headers: { "Content-Type": "application/json", ...next.headers } }));
  };
  return { seen, fetchImpl };
}

describe("writes carry an Idempotency-Key and retry with it", () => {
  it("retries a write that got no answer with the same key and body, and returns the answer", async () => {
    const { seen, fetchImpl } = scripted(["network", { status: 201, body: { id: 7 } }]);
    const api = createClient("t", "", fetchImpl);
    expect(await api.send("POST", "/api/v1/matters", { title: "x" })).toEqual({ id: 7 });
    expect(seen).toHaveLength(2);
    expect(seen[0]!.key).toMatch(/^[\x20-\x7e]{1,200}$/);
    expect(seen[1]).toEqual(seen[0]);
  });

  it("retries while the server says the key is still running", async () => {
    const busy = { status: 409, body: { error: { code: "in_progress", message: "请求正在处理", details: [] } }, headers: { "Retry-After": "0" } };
    const { seen, fetchImpl } = scripted([busy, { status: 200, body: { rows: [] } }]);
    await createClient("t", "", fetchImpl).send("POST", "/api/v1/reports", { rows: [1] });
    expect(seen.map((s) => s.key)).toEqual([seen[0]!.key, seen[0]!.key]);
  });

  it("gives each write its own key", async () => {
    const { seen, fetchImpl } = scripted([{ status: 201, body: {} }, { status: 201, body: {} }]);
    const api = createClient("t", "", fetchImpl);
    await api.send("POST", "/api/v1/matters", { title: "a" });
    await api.send("POST", "/api/v1/matters", { title: "a" });
    expect(seen[0]!.key).not.toBe(seen[1]!.key);
  });

  it("does not retry a refusal, and sends no key on reads", async () => {
    const refused = { status: 422, body: { error: { code: "invalid", message: "有误", details: [] } } };
    const { seen, fetchImpl } = scripted([refused, { status: 200, body: [] }]);
    const api = createClient("t", "", fetchImpl);
    await expect(api.send("PUT", "/api/v1/groups/x", {})).rejects.toMatchObject({ status: 422 });
    expect(seen).toHaveLength(1);
    await api.get("/api/v1/units");
    expect(seen[1]!.key).toBeNull();
  });
});
