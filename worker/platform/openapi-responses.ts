import { ErrorBodySchema } from "../../schema/contracts/errors";

const error = (description: string) => ({ description, content: { "application/json": { schema: ErrorBodySchema } } });

/** The one error shape, declared once for the OpenAPI document. */
export const errorResponses = {
  400: error("the body is not valid JSON (code malformed_json), its bytes are not UTF-8 (code invalid_encoding), or Authorization is not one `Bearer <token>` (code invalid_authorization)"),
  401: error("missing or invalid token"),
  403: error("not allowed for this caller; details name the rows"),
  404: error("not found (or not visible to this caller)"),
  413: error("body over 8 MB (code payload_too_large)"),
  415: error("a body that is not JSON (code unsupported_media_type), or JSON declared in another charset than UTF-8 (code unsupported_charset)"),
  422: error(
    "invalid input; details name every bad cell: unknown fields (unknown_field), query parameters the route does not declare (unknown_parameter) or gives twice (repeated_parameter), dates outside 2000-01-01..2100-12-31, text that is not one trimmed line or holds a lone surrogate, integers in paths and queries that are not plain digits, more than 5,000 report rows",
  ),
} as const;
export const conflictResponse = { 409: error("stale version; carries the current row") } as const;
