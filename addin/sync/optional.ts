import { ApiError } from "../api/client";

/** A resource this worker does not serve yet (an older deployment) is skipped, not fatal. */
export async function optional<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (err) {
    if (err instanceof ApiError && err.status === 404 && err.code === "not_found" && err.message.startsWith("没有这个接口")) return null;
    throw err;
  }
}
