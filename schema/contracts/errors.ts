import { z } from "@hono/zod-openapi";

/** One cell-level problem. `row` counts from 0 in the submitted `rows`; null for non-row input. */
export const ErrorDetailSchema = z
  .object({
    row: z.number().int().nullable(),
    column: z.string().nullable(),
    code: z.string(),
    message: z.string(),
  })
  .openapi("ErrorDetail");

export const ErrorBodySchema = z
  .object({
    error: z
      .object({
        code: z.string(),
        message: z.string(),
        details: z.array(ErrorDetailSchema),
      })
      .passthrough(),
  })
  .openapi("Error");

export type ErrorDetail = z.infer<typeof ErrorDetailSchema>;
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
