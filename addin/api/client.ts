/**
 * The worker's API as the add-in sees it: bearer token on every call, JSON in and out, the one
 * error shape `{ error: { code, message, details: [{ row, column, code, message }] } }` turned
 * into an ApiError, and cancellation through AbortSignal. No Office code here.
 */

import type { ErrorBody, ErrorDetail } from "../../schema/contracts/errors";
import { rateLimitWait } from "./rate-limit-wait";

export type { ErrorDetail };

/** The add-in's one error class: a refusal or failure of a call to the worker. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    /** Everything else the server put inside `error`, e.g. `current` rows on a 409. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** True when the call was cancelled by the user (AbortController), not failed. */
export const isAbort = (err: unknown): boolean =>
  (err instanceof DOMException || err instanceof Error) && err.name === "AbortError";

export type RequestOptions = {
  signal?: AbortSignal;
  query?: Record<string, string | number | undefined>;
  /** For writes: the `Idempotency-Key` to send; one is made per write when not given. */
  idempotencyKey?: string;
};
/** A call the worker has not answered by then is given up as a timeout (the user can still cancel sooner). */
export const REQUEST_TIMEOUT_MS = 60_000;
type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type ApiClient = {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  send<T>(method: "POST" | "PUT" | "PATCH" | "DELETE", path: string, body: unknown, options?: RequestOptions): Promise<T>;
};

const statusMessages: Record<number, string> = {
  401: "令牌无效或已被吊销，请重新登录",
  403: "没有权限执行此操作",
  404: "服务器上没有这个资源",
  405: "加载项与台账服务器的版本不一致，服务器不接受这个请求，请刷新加载项后重试",
  409: "数据已被他人修改",
  413: "提交的数据过大，服务器未接收，请分批提交",
  422: "提交的数据有误",
  429: "请求过于频繁，请稍后重试",
  500: "服务器内部错误，请稍后重试",
  502: "台账服务器暂时无法访问（网关错误），请稍后重试",
  503: "台账服务器暂时不可用，请稍后重试",
  504: "台账服务器响应超时，请稍后重试",
};

/**
 * Refusals whose server text is meant for a developer, not a clerk (hono's validator answers a body that
 * is not JSON with "请求格式有误：Malformed JSON in request body"): shown in Chinese, logged as sent.
 */
const plainMessages: Record<string, string> = {
  bad_request: "加载项发送的请求格式有误，服务器未处理。请刷新加载项后重试；若仍失败请联系管理员。",
  unsupported_media_type: "加载项发送的请求格式有误，服务器未处理。请刷新加载项后重试；若仍失败请联系管理员。",
  // The path exists with other methods: the add-in and the worker are of different versions.
  method_not_allowed: "加载项与台账服务器的版本不一致，服务器不接受这个请求，未做任何修改。请刷新加载项后重试；若仍失败请联系管理员。",
};

/** The error body of the contract, when the body is one (an older server or a proxy may answer anything). */
function errorOf(body: unknown): ErrorBody["error"] | null {
  const error = (body as { error?: Partial<ErrorBody["error"]> } | null)?.error;
  if (!error || typeof error.code !== "string" || typeof error.message !== "string") return null;
  return { ...error, code: error.code, message: error.message, details: Array.isArray(error.details) ? error.details : [] };
}

function parseError(status: number, body: unknown): ApiError {
  const error = errorOf(body);
  if (error) {
    const { code, message, details, ...extra } = error;
    const plain = plainMessages[code];
    if (plain) console.error("worker refused the request", status, code, message);
    return new ApiError(status, code, plain ?? message, details, extra);
  }
  const message = statusMessages[status] ?? `服务器返回了无法识别的响应（HTTP ${status}）`;
  return new ApiError(status, status === 401 ? "unauthorized" : "http_error", message);
}

/** Waits between retries of one write (ms); the server's Retry-After wins when longer. */
export const RETRY_DELAYS_MS = [500, 2000];

/** A fresh key for one write; its retries reuse it, so the server runs it at most once. */
export const newIdempotencyKey = (): string => crypto.randomUUID();

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), reject(signal.reason instanceof Error ? signal.reason : new DOMException("已取消", "AbortError"))), { once: true });
  });

/** Worth sending again with the same key: no answer, the key still running, or a server failure. */
const retriable = (err: unknown) => err instanceof ApiError && (err.status === 0 || err.code === "in_progress" || err.status >= 500);

/** A client for the worker at `baseUrl` ("" for the page's own origin). */
export function createClient(
  token: string,
  baseUrl = "",
  fetchImpl: FetchLike = (i, init) => fetch(i, init),
  timeoutMs = REQUEST_TIMEOUT_MS,
): ApiClient {
  /**
   * A write carries one Idempotency-Key and is retried with that same key after a network
   * failure, a timeout, a 5xx or a 409 in_progress: the server replays the first answer instead of writing twice.
   */
  async function write<T>(method: string, path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    const key = options.idempotencyKey ?? newIdempotencyKey();
    for (let attempt = 0; ; attempt++) {
      try {
        return await call<T>(method, path, body, options, key);
      } catch (err) {
        if (attempt >= RETRY_DELAYS_MS.length || !retriable(err)) throw err;
        const after = Number((err as ApiError).extra.retryAfter ?? 0) * 1000;
        await sleep(Math.max(RETRY_DELAYS_MS[attempt]!, after), options.signal);
      }
    }
  }

  /** One request, sent again after the wait a 429 names; other failures go to the caller. */
  async function call<T>(method: string, path: string, body: unknown, options: RequestOptions = {}, idempotencyKey?: string): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await once<T>(method, path, body, options, idempotencyKey);
      } catch (err) {
        const wait = err instanceof ApiError ? rateLimitWait(err.status, err.extra.retryAfter, attempt) : null;
        if (wait === null) throw err;
        await sleep(wait, options.signal);
      }
    }
  }

  async function once<T>(method: string, path: string, body: unknown, options: RequestOptions, idempotencyKey?: string): Promise<T> {
    const url = new URL(baseUrl + path, typeof location === "undefined" ? "http://localhost" : location.href);
    for (const [k, v] of Object.entries(options.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (idempotencyKey !== undefined) headers["Idempotency-Key"] = idempotencyKey;
    // One signal for the user's cancel and the timeout; a timeout is an error, a cancel is not.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const cancel = () => controller.abort(options.signal?.reason);
    if (options.signal?.aborted) cancel();
    options.signal?.addEventListener("abort", cancel, { once: true });
    try {
      let res: Response;
      let text: string;
      try {
        res = await fetchImpl(url.toString(), {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: controller.signal,
        });
        text = await res.text();
      } catch (err) {
        if (timedOut) throw new ApiError(0, "timeout", "台账服务器长时间没有响应，请检查网络后重试");
        if (isAbort(err) || options.signal?.aborted) throw err;
        console.error("request failed", method, path, err);
        throw new ApiError(0, "network", "无法连接台账服务器，请检查网络后重试");
      }
      let parsed: unknown = null;
      let json = true;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        json = false;
      }
      if (!res.ok) {
        const err = parseError(res.status, parsed);
        const retryAfter = res.headers.get("Retry-After");
        if (retryAfter) err.extra.retryAfter = retryAfter;
        throw err;
      }
      if (!json) {
        console.error("the worker's answer is not JSON", method, path, res.status, text.slice(0, 200));
        throw new ApiError(res.status, "bad_response", "服务器返回的不是台账数据（可能被单位网关或代理拦截），请联系管理员");
      }
      return parsed as T;
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", cancel);
    }
  }
  return {
    get: (path, options) => call("GET", path, undefined, options),
    send: (method, path, body, options) => write(method, path, body, options),
  };
}
