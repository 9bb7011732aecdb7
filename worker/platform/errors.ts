import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorBody, ErrorDetail } from "../../schema/contracts/errors";

/**
 * The one request-error path: every refusal is an ApiError, rendered by `getResponse()`
 * into the one error shape `{ error: { code, message, details } }`.
 */
export class ApiError extends HTTPException {
  readonly code: string;
  readonly details: ErrorDetail[];
  /** Extra top-level fields inside `error`, e.g. the current row on a version conflict. */
  readonly extra: Record<string, unknown>;

  constructor(
    status: ContentfulStatusCode,
    code: string,
    message: string,
    details: ErrorDetail[] = [],
    extra: Record<string, unknown> = {},
  ) {
    super(status, { message });
    this.code = code;
    this.details = details;
    this.extra = extra;
  }

  override getResponse(): Response {
    const body: ErrorBody = {
      error: { code: this.code, message: this.message, details: this.details, ...this.extra },
    };
    return Response.json(body, { status: this.status });
  }
}

export const unprocessable = (message: string, details: ErrorDetail[]) =>
  new ApiError(422, "invalid", message, details);
export const forbidden = (message: string, details: ErrorDetail[] = []) =>
  new ApiError(403, "forbidden", message, details);
export const notFound = (message: string) => new ApiError(404, "not_found", message);
export const conflict = (message: string, extra: Record<string, unknown> = {}, details: ErrorDetail[] = []) =>
  new ApiError(409, "conflict", message, details, extra);

export const detail = (
  row: number | null,
  column: string | null,
  code: string,
  message: string,
): ErrorDetail => ({ row, column, code, message });
