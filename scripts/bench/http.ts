// The benchmark's HTTP client: keep-alive connections to 127.0.0.1 only, and a pool of tokens so
// that no token spends more than a fraction of its rate-limit budget (wrangler.toml [[ratelimits]]).
import { Agent, request } from "node:http";

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

export interface Reply {
  status: number;
  /** Bytes on the wire (compressed when the server compressed). */
  bytes: number;
  body: string;
  encoding: string | undefined;
}

export function call(base: string, path: string, init: { method?: string; token?: string; json?: unknown; gzip?: boolean; headers?: Record<string, string> } = {}): Promise<Reply> {
  const url = new URL(path, base);
  if (url.hostname !== "127.0.0.1" && url.hostname !== "localhost") throw new Error(`benchmarks call the local machine only, not ${url.hostname}`);
  const payload = init.json === undefined ? undefined : JSON.stringify(init.json);
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (payload !== undefined) {
    headers["content-type"] = "application/json";
    // As the add-in's fetch sends a text body (and a browser every body of known size): not chunked.
    headers["content-length"] = String(new TextEncoder().encode(payload).byteLength);
  }
  if (init.gzip) headers["accept-encoding"] = "gzip";
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method ?? (payload ? "POST" : "GET"), headers, agent }, (res) => {
      const chunks: Uint8Array[] = [];
      res.on("data", (c: Uint8Array) => chunks.push(c));
      res.on("end", () => {
        const raw = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
        chunks.reduce((at, c) => (raw.set(c, at), at + c.byteLength), 0);
        const encoding = res.headers["content-encoding"];
        resolve({ status: res.statusCode ?? 0, bytes: raw.byteLength, body: encoding ? "" : new TextDecoder().decode(raw), encoding });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** Calls and insists on 200; the benchmark stops with the server's answer otherwise. */
export async function ok(base: string, path: string, init: Parameters<typeof call>[2] = {}): Promise<Reply> {
  const r = await call(base, path, init);
  if (r.status !== 200) throw new Error(`${init.method ?? "GET"} ${path} answered ${r.status}: ${r.body.slice(0, 500)}`);
  return r;
}

export class TokenPool {
  private i = 0;
  constructor(private readonly secrets: string[]) {}
  next(): string {
    return this.secrets[this.i++ % this.secrets.length]!;
  }
}
