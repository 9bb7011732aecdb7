import { ApiError } from "../api/client";

/**
 * A resource this worker does not serve yet (an older deployment) is skipped, not fatal: its path
 * is unknown (404 没有这个接口), or known with other methods only (405).
 */
export async function optional<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (err) {
    if (err instanceof ApiError && err.status === 404 && err.code === "not_found" && err.message.startsWith("没有这个接口")) return null;
    if (err instanceof ApiError && err.status === 405 && err.code === "method_not_allowed") return null;
    throw err;
  }
}
