import { bodyLimit } from "hono/body-limit";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { ApiError, detail } from "../errors";

/** Largest request body accepted (README, "What we promise"): room for a 5,000-row report submit. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** Refuses a body past MAX_BODY_BYTES with 413 in the one error shape, before anything reads it. */
export function limitBody(): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new ApiError(413, "payload_too_large", "提交的内容过大：单次请求不超过 8 MB，请分批提交", [
        detail(null, null, "max_body_bytes", `请求体上限 ${MAX_BODY_BYTES} 字节（8 MB）`),
      ]);
    },
  });
}
