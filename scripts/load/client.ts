/**
 * The load run's HTTP client: every request is timed and counted by what it was for, refused
 * answers (429) wait out their Retry-After, and a request that times out counts as lost on the
 * network, so the caller retries it with the same Idempotency-Key.
 */
export type Kind = "unit push" | "unit retry" | "unit pull" | "office pull" | "office edit" | "leader read" | "flood";

export type Answer = { status: number; body: unknown; replayed: boolean; retryAfter: number | null } | { status: "timeout" | "network" };

export class Recorder {
  readonly latencies = new Map<Kind, number[]>();
  readonly statuses = new Map<string, number>();

  record(kind: Kind, ms: number, status: number | string) {
    if (!this.latencies.has(kind)) this.latencies.set(kind, []);
    this.latencies.get(kind)!.push(ms);
    const key = String(status);
    this.statuses.set(key, (this.statuses.get(key) ?? 0) + 1);
  }

  count(predicate: (status: string) => boolean) {
    return [...this.statuses].filter(([s]) => predicate(s)).reduce((n, [, c]) => n + c, 0);
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function createClient(base: string, recorder: Recorder, timeoutMs = 10_000) {
  return async function call(
    kind: Kind,
    token: string,
    route: string,
    init: { method?: string; json?: unknown; idempotencyKey?: string } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
    if (init.json !== undefined) headers["Content-Type"] = "application/json";
    if (init.idempotencyKey) headers["Idempotency-Key"] = init.idempotencyKey;
    const started = performance.now();
    try {
      const res = await fetch(`${base}${route}`, {
        method: init.method ?? "GET",
        headers,
        body: init.json === undefined ? undefined : JSON.stringify(init.json),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.text();
      recorder.record(kind, performance.now() - started, res.status);
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // kept as text: a non-JSON answer is itself a finding
      }
      const retryAfter = res.headers.get("Retry-After");
      return { status: res.status, body, replayed: res.headers.get("Idempotent-Replayed") === "true", retryAfter: retryAfter === null ? null : Number(retryAfter) };
    } catch (err) {
      const status = (err as Error).name === "TimeoutError" ? "timeout" : "network";
      recorder.record(kind, performance.now() - started, status);
      return { status };
    }
  };
}

export type Call = ReturnType<typeof createClient>;
