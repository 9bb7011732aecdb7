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

describe("a JSON body must be UTF-8: nothing is stored as replacement characters", () => {
  const matter = (title: string) => `{"title":"${title}","source":"其他","lead":"县财政局","assigned":"2026-11-20"}`;
  const bytes = (...parts: (string | number[])[]) => {
    const chunks = parts.map((p) => (typeof p === "string" ? new TextEncoder().encode(p) : Uint8Array.from(p)));
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (out.set(c, at), at + c.length), 0);
    return out;
  };
  // "协调" in GBK, a lone continuation byte, a truncated three-byte sequence, an overlong "/".
  it.each([
    ["GBK text", [0xd0, 0xad, 0xb5, 0xf7]],
    ["a lone continuation byte", [0x80]],
    ["a truncated sequence", [0xe5, 0x8d]],
    ["an overlong encoding", [0xc0, 0xaf]],
  ])("refuses %s in a title with 400 invalid_encoding and stores nothing", async (_what, bad) => {
    const before = await dbFingerprint();
    const body = bytes('{"title":"事项', bad, '","source":"其他","lead":"县财政局","assigned":"2026-11-20"}');
    const res = await api("/api/v1/matters", { method: "POST", token: office, body, headers: { "Content-Type": "application/json" } });
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({
      code: "invalid_encoding",
      message: "提交的内容不是有效的 UTF-8 文本（可能是编码有误或内容已损坏），本次请求未执行，请以 UTF-8 重新提交",
      details: [],
    });
    expect(changedTables(before, await dbFingerprint())).toEqual([]);
  });

  it("refuses JSON declared in another charset with 415 naming Content-Type, even when its bytes happen to be UTF-8", async () => {
    const before = await dbFingerprint();
    const res = await api("/api/v1/matters", { method: "POST", token: office, body: matter("协调"), headers: { "Content-Type": "application/json; charset=GBK" } });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe("unsupported_charset");
    expect(res.body.error.message).toContain("GBK");
    expect(res.body.error.details).toEqual([
      { row: null, column: "Content-Type", code: "unsupported_charset", message: "Content-Type 应为 application/json 或 application/json; charset=utf-8" },
    ]);
    expect(changedTables(before, await dbFingerprint())).toEqual([]);
  });

  it.each(["application/json; charset=utf-8", 'application/json; charset="UTF-8"', "application/json;charset=utf8"])(
    "takes UTF-8 declared as %s, and Chinese text arrives whole",
    async (type) => {
      const res = await api("/api/v1/matters", { method: "POST", token: office, body: matter("涉企纠纷协调"), headers: { "Content-Type": type } });
      expect(res.status).toBe(201);
      expect(res.body.title).toBe("涉企纠纷协调");
    },
  );

  it("keeps an Idempotency-Key replay working on a checked body (the bytes are read once and reused)", async () => {
    const headers = { "Content-Type": "application/json", "Idempotency-Key": "utf8-replay-1" };
    const first = await api("/api/v1/matters", { method: "POST", token: office, body: matter("幂等检查"), headers });
    const again = await api("/api/v1/matters", { method: "POST", token: office, body: matter("幂等检查"), headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(again.body.id).toBe(first.body.id);
  });
});
