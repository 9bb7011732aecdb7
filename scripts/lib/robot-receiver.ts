// A local receiver of the formats reminders are sent in, for tests and for trying the daily job
// by hand: 企业微信群机器人 (/wecom/<box>), 钉钉自定义机器人 with 加签 (/dingtalk/<box>) and a plain
// JSON webhook (/webhook/<box>). It checks each request as the real robot would (message shape,
// 钉钉's timestamp and HMAC-SHA256 sign) and answers the same way (`{ errcode, errmsg }`). A box is
// configured with PUT /__boxes/<box> `{ secret?, failFirst? }` (failFirst: answer that many
// requests with the robot's rate-limit error, or HTTP 503 for a webhook) and read back with
// GET /__boxes/<box>. Listens on 127.0.0.1 only. Node built-ins only.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

type Kind = "wecom" | "dingtalk" | "webhook";
type Json = Record<string, unknown>;
export type Received = { kind: Kind; query: Record<string, string>; body: unknown; accepted: boolean; answer: unknown };
type Box = { secret?: string; failFirst: number; received: Received[] };

const boxes = new Map<string, Box>();
const boxOf = (name: string): Box => boxes.get(name) ?? boxes.set(name, { failFirst: 0, received: [] }).get(name)!;

const encoder = new TextEncoder();
const sameText = (a: string, b: string) => {
  const x = encoder.encode(a);
  const y = encoder.encode(b);
  return x.length === y.length && timingSafeEqual(x, y);
};
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const field = (v: unknown, key: string): unknown => (isObject(v) ? v[key] : undefined);
const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

function contentOf(body: unknown): string | undefined {
  const type = field(body, "msgtype");
  if (type === "text") return text(field(field(body, "text"), "content"));
  if (type === "markdown") return text(field(field(body, "markdown"), "content")) ?? text(field(field(body, "markdown"), "text"));
  return undefined;
}

/** What the robot answers: [HTTP status, body]. */
function judge(kind: Kind, box: Box, query: URLSearchParams, headers: IncomingMessage["headers"], raw: string, body: unknown): [number, unknown] {
  if (kind === "webhook") {
    if (!isObject(body)) return [400, { error: "JSON object expected" }];
    if (box.secret) {
      const ts = String(headers["x-fuyuan-timestamp"] ?? "");
      const expected = `sha256=${createHmac("sha256", box.secret).update(`${ts}.${raw}`).digest("hex")}`;
      if (!sameText(String(headers["x-signature-256"] ?? ""), expected)) return [401, { error: "bad signature" }];
    }
    return [200, { ok: true }];
  }
  const type = field(body, "msgtype");
  if (type !== "text" && type !== "markdown") return [200, { errcode: 40008, errmsg: "invalid message type" }];
  const content = contentOf(body);
  if (!content) return [200, { errcode: 44004, errmsg: "empty content" }];
  if (kind === "wecom" && encoder.encode(content).length > 4096) return [200, { errcode: 40058, errmsg: "content exceed max length" }];
  if (kind === "dingtalk" && type === "markdown" && text(field(field(body, "markdown"), "title")) === undefined) return [200, { errcode: 40035, errmsg: "缺少参数 title" }];
  if (kind === "dingtalk" && box.secret) {
    const ts = Number(query.get("timestamp"));
    if (!Number.isFinite(ts) || Math.abs(Date.now() - ts) > 3600_000) return [200, { errcode: 310000, errmsg: "invalid timestamp" }];
    const expected = createHmac("sha256", box.secret).update(`${ts}\n${box.secret}`).digest("base64");
    if (!sameText(query.get("sign") ?? "", expected)) return [200, { errcode: 310000, errmsg: "sign not match" }];
  }
  return [200, { errcode: 0, errmsg: "ok" }];
}

const failure: Record<Kind, [number, unknown]> = {
  wecom: [200, { errcode: 45009, errmsg: "api freq out of limit" }],
  dingtalk: [200, { errcode: 130101, errmsg: "send too fast, exceed 20 times per minute" }],
  webhook: [503, { error: "unavailable" }],
};

function answer(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const decoder = new TextDecoder();
  let raw = "";
  for await (const chunk of req) raw += typeof chunk === "string" ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
  return raw + decoder.decode();
}

function parse(raw: string): unknown {
  try {
    return raw ? (JSON.parse(raw) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const raw = await readBody(req);
  const body = parse(raw);
  const [, first, name] = url.pathname.split("/");
  if (!name) return answer(res, 404, { error: "no box" });
  if (first === "__boxes") {
    if (req.method === "PUT") {
      boxes.set(name, { secret: text(field(body, "secret")), failFirst: Number(field(body, "failFirst") ?? 0), received: [] });
      return answer(res, 200, { ok: true });
    }
    return answer(res, 200, { received: boxOf(name).received });
  }
  if (first !== "wecom" && first !== "dingtalk" && first !== "webhook") return answer(res, 404, { error: "unknown kind" });
  if (req.method !== "POST") return answer(res, 405, { error: "POST only" });
  const box = boxOf(name);
  const [status, reply] = box.failFirst > 0 ? (box.failFirst--, failure[first]) : judge(first, box, url.searchParams, req.headers, raw, body);
  const accepted = status === 200 && (first === "webhook" || field(reply, "errcode") === 0);
  box.received.push({ kind: first, query: Object.fromEntries(url.searchParams), body, accepted, answer: reply });
  answer(res, status, reply);
}

/** Starts the receiver on 127.0.0.1 (a free port unless given); `unref`: never keeps the process up. */
export async function startRobotReceiver(port = 0, unref = false): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => void handle(req, res).catch(() => answer(res, 500, { error: "receiver failed" })));
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  if (unref) server.unref();
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
