import type { ErrorHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "./env";
import { ApiError } from "./errors";

const codeByStatus: Record<number, [string, string]> = {
  400: ["bad_request", "请求格式有误"],
  401: ["unauthorized", "请先登录：缺少或无效的访问令牌"],
  403: ["forbidden", "无权执行此操作"],
  404: ["not_found", "未找到"],
  409: ["conflict", "数据已被他人修改"],
  415: ["unsupported_media_type", "请以 JSON 格式提交（Content-Type: application/json）"],
  422: ["invalid", "提交的数据有误"],
};

/**
 * Hono's own 400s (the JSON validator's), in Chinese: its English message never reaches users.
 * Any other 400 without an ApiError gets the generic Chinese message.
 */
const honoBadRequest: Record<string, [string, string]> = {
  "Malformed JSON in request body": ["malformed_json", "提交的内容不是有效的 JSON，无法解析，请检查后重试"],
};

/**
 * bearerAuth's 400 for an Authorization header that is not one `Bearer <token>` (Basic, two
 * tokens, a token with spaces): its challenge says `invalid_request` (RFC 6750); the user is told
 * what the header should hold, not only that the request was malformed.
 */
const malformedAuthorization: [string, string] = [
  "invalid_authorization",
  "访问令牌格式有误：Authorization 请求头应为 “Bearer ” 加一个令牌，请重新复制令牌后登录",
];

/** Every error leaves through here, in the one shape; unexpected ones are logged and hidden. */
export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof ApiError) return err.getResponse();
  if (err instanceof HTTPException) {
    const challenge = err.res?.headers.get("WWW-Authenticate");
    const badAuthorization = err.status === 400 && /error="invalid_request"/.test(challenge ?? "");
    const [code, message] =
      (badAuthorization ? malformedAuthorization : undefined) ??
      (err.status === 400 ? honoBadRequest[err.message] : undefined) ??
      codeByStatus[err.status] ?? ["error", "请求失败"];
    const res = new ApiError(err.status, code, message).getResponse();
    if (challenge) res.headers.set("WWW-Authenticate", challenge);
    return res;
  }
  console.error("unhandled error", c.req.method, c.req.path, err);
  return new ApiError(500, "internal", "服务器内部错误，请稍后重试或联系管理员").getResponse();
};
