import { ErrorBodySchema } from "../../schema/contracts/errors";

const error = (description: string) => ({ description, content: { "application/json": { schema: ErrorBodySchema } } });

/** The one error shape, declared once for the OpenAPI document. */
export const errorResponses = {
  401: error("missing or invalid token"),
  403: error("not allowed for this caller; details name the rows"),
  404: error("not found (or not visible to this caller)"),
  422: error("invalid input; details name every bad cell"),
} as const;
export const conflictResponse = { 409: error("stale version; carries the current row") } as const;
