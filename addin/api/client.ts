/**
 * The worker's API as the add-in sees it: bearer token on every call, JSON in and out, the one
 * error shape `{ error: { code, message, details: [{ row, column, code, message }] } }` turned
 * into an ApiError, and cancellation through AbortSignal. No Office code here.
 */

import type { ErrorBody, ErrorDetail } from "../../schema/contracts/errors";

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

export type RequestOptions = { signal?: AbortSignal; query?: Record<string, string | number | undefined> };
type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type ApiClient = {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  send<T>(method: "POST" | "PUT" | "PATCH", path: string, body: unknown, options?: RequestOptions): Promise<T>;
};

const statusMessages: Record<number, string> = {
  401: "令牌无效或已被吊销，请重新登录",
  403: "没有权限执行此操作",
  404: "服务器上没有这个资源",
  409: "数据已被他人修改",
  422: "提交的数据有误",
  500: "服务器内部错误，请稍后重试",
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
    return new ApiError(status, code, message, details, extra);
  }
  const message = statusMessages[status] ?? `服务器返回了无法识别的响应（HTTP ${status}）`;
  return new ApiError(status, status === 401 ? "unauthorized" : "http_error", message);
}

/** A client for the worker at `baseUrl` ("" for the page's own origin). */
export function createClient(token: string, baseUrl = "", fetchImpl: FetchLike = (i, init) => fetch(i, init)): ApiClient {
  async function call<T>(method: string, path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    const url = new URL(baseUrl + path, typeof location === "undefined" ? "http://localhost" : location.href);
    for (const [k, v] of Object.entries(options.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let res: Response;
    try {
      res = await fetchImpl(url.toString(), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: options.signal,
      });
    } catch (err) {
      if (isAbort(err)) throw err;
      throw new ApiError(0, "network", "无法连接台账服务器，请检查网络后重试");
    }
    const text = await res.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    if (!res.ok) throw parseError(res.status, parsed);
    return parsed as T;
  }
  return {
    get: (path, options) => call("GET", path, undefined, options),
    send: (method, path, body, options) => call(method, path, body, options),
  };
}
