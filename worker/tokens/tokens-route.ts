import { createRoute } from "@hono/zod-openapi";
import { PersonTokenSchema, TokenIdParamSchema } from "../../schema/contracts/people";
import { newRouter } from "../platform/router";
import { may } from "../platform/access";
import { actorOf } from "../platform/env";
import { notFound } from "../platform/errors";
import { errorResponses } from "../platform/openapi-responses";
import { findToken, revokeTokenById, tokenToWire } from "./tokens-write";

/** Revoking a token (office): it stops working at once. */
export const tokensRoute = newRouter().openapi(
  createRoute({
    method: "delete",
    path: "/{id}",
    summary: "Revoke a token at once (office); answers the token as revoked",
    middleware: [may("manage_tokens")] as const,
    security: [{ bearer: [] }],
    request: { params: TokenIdParamSchema },
    responses: { 200: { description: "the revoked token", content: { "application/json": { schema: PersonTokenSchema } } }, ...errorResponses },
  }),
  async (c) => {
    const id = c.req.valid("param").id;
    if (!(await findToken(c.var.db, id))) throw notFound("没有这个令牌");
    await revokeTokenById(c.var.db, actorOf(c.var.caller), id);
    return c.json(tokenToWire((await findToken(c.var.db, id))!), 200);
  },
);
