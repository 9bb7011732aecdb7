import { createRoute } from "@hono/zod-openapi";
import { IndicatorListSchema } from "../../schema/contracts/assessment";
import { newRouter } from "../platform/router";
import { errorResponses } from "../platform/openapi-responses";
import { availableIndicators } from "./indicators";

/** Every indicator a scheme may weigh, with its Chinese name and definition (read by everyone). */
export const assessmentIndicatorsRoute = newRouter().openapi(
  createRoute({
    method: "get",
    path: "/indicators",
    summary: "The indicators the ledger can count, each with its key, Chinese name and definition",
    security: [{ bearer: [] }],
    responses: { 200: { description: "indicators", content: { "application/json": { schema: IndicatorListSchema } } }, ...errorResponses },
  }),
  (c) => c.json({ indicators: availableIndicators }, 200),
);
