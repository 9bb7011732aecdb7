import { beforeAll, describe, expect, it } from "vitest";
import { exports } from "cloudflare:workers";
import { api, tokenFor } from "../helpers";
import { changedTables, dbFingerprint } from "../db-fingerprint";

let finance: string;
let office: string;
beforeAll(async () => {
  finance = await tokenFor("unit", "县财政局");
  office = await tokenFor("office");
});

const row = (i: number) => ({ task: 17, period: "2026-Q1", progress: `进展 ${i}` });
/** A 12 MB submission: one row whose progress is mostly padding. */
const huge = () => JSON.stringify({ rows: [{ ...row(0), progress: "进".repeat(4 * 1024 * 1024) }] });

describe("body size and rows per request are limited, with the limit named", () => {
  it("refuses a 12 MB body with 413 naming the 8 MB limit and stores nothing", async () => {
    const before = await dbFingerprint();
    const res = await api("/api/v1/reports", { method: "POST", token: finance, body: huge(), headers: { "Content-Type": "application/json" } });
    expect(res.status).toBe(413);
    expect(res.body.error).toEqual({
      code: "payload_too_large",
      message: "提交的内容过大：单次请求不超过 8 MB，请分批提交",
      details: [{ row: null, column: null, code: "max_body_bytes", message: "请求体上限 8388608 字节（8 MB）" }],
    });
    expect(changedTables(before, await dbFingerprint())).toEqual([]);
  });

  it("refuses a 12 MB body sent without Content-Length (streamed) the same way", async () => {
    const bytes = new TextEncoder().encode(huge());
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 1 << 20) controller.enqueue(bytes.slice(i, i + (1 << 20)));
        controller.close();
      },
    });
    const req = new Request("https://fuyuan.test/api/v1/reports", {
      method: "POST",
      headers: { Authorization: `Bearer ${finance}`, "Content-Type": "application/json", "Transfer-Encoding": "chunked" },
      body: stream,
    });
    const res = await exports.default.fetch(req);
    expect(res.status).toBe(413);
    expect((await res.json<{ error: { code: string } }>()).error.code).toBe("payload_too_large");
  });

  it("refuses 5,001 rows with 422 naming rows and the 5,000-row limit", async () => {
    const before = await dbFingerprint();
    const rows = Array.from({ length: 5001 }, (_, i) => row(i));
    const res = await api("/api/v1/reports", { method: "POST", token: finance, json: { rows } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ row: null, column: "rows", code: "too_big", message: "一次最多提交 5000 行（行数上限 5000），请分批提交" }]);
    expect(changedTables(before, await dbFingerprint())).toEqual([]);
  });
});

describe("a body that is not JSON gets a Chinese 400 in the one error shape", () => {
  it.each(['{"rows": [', "rows=1", "{'rows': []}", '{"rows": [] } trailing'])("answers %j with 400 malformed_json", async (body) => {
    const res = await api("/api/v1/reports", { method: "POST", token: finance, body, headers: { "Content-Type": "application/json" } });
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({ code: "malformed_json", message: "提交的内容不是有效的 JSON，无法解析，请检查后重试", details: [] });
    expect(JSON.stringify(res.body)).not.toMatch(/[A-Za-z]{4,} [A-Za-z]{4,}/);
  });

  it.each(["[]", "null", '"rows"', "42"])("refuses the JSON value %s where an object is expected with 422", async (body) => {
    const res = await api("/api/v1/matters", { method: "POST", token: office, body, headers: { "Content-Type": "application/json" } });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("invalid");
  });
});
