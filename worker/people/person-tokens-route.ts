import { createRoute } from "@hono/zod-openapi";
import { IssuedTokenSchema, PersonIdParamSchema, PersonTokenListSchema, TokenIssueSchema } from "../../schema/contracts/people";
import { ErrorBodySchema } from "../../schema/contracts/errors";
import { newRouter } from "../platform/router";
import { may } from "../platform/access";
import { actorOf } from "../platform/env";
import { conflict, notFound } from "../platform/errors";
import { errorResponses } from "../platform/openapi-responses";
import { issuePersonToken, tokenToWire, tokensOf } from "../tokens/tokens-write";
import { findPerson } from "./people-queries";

const json = <T>(schema: T) => ({ content: { "application/json": { schema } } });
const leftPostResponse = { 409: { description: "the person has left the post", ...json(ErrorBodySchema) } } as const;

/** A person's tokens (office): issue one (its secret returned once) and list them to revoke. */
export const personTokensRoute = newRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/tokens",
      summary: "Issue a token to a person (office); the secret is in this answer only",
      middleware: [may("manage_tokens")] as const,
      security: [{ bearer: [] }],
      request: { params: PersonIdParamSchema, body: { required: false, ...json(TokenIssueSchema) } },
      responses: { 201: { description: "the token and its secret", ...json(IssuedTokenSchema) }, ...errorResponses, ...leftPostResponse },
    }),
    async (c) => {
      const p = await findPerson(c.var.db, c.req.valid("param").id);
      if (!p) throw notFound("没有这个人员");
      if (!p.current) throw conflict(`${p.name ?? p.post}已卸任，不能再签发令牌`);
      const label = (c.req.valid("json") as { label?: string } | undefined)?.label;
      // The secret is shown once: neither caches nor the idempotency replay keep this answer.
      c.header("Cache-Control", "no-store");
      return c.json(await issuePersonToken(c.var.db, actorOf(c.var.caller), p, label), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/tokens",
      summary: "A person's tokens, live and revoked, without secrets (office)",
      middleware: [may("manage_tokens")] as const,
      security: [{ bearer: [] }],
      request: { params: PersonIdParamSchema },
      responses: { 200: { description: "tokens", ...json(PersonTokenListSchema) }, ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid("param").id;
      if (!(await findPerson(c.var.db, id))) throw notFound("没有这个人员");
      return c.json({ tokens: (await tokensOf(c.var.db, id)).map(tokenToWire) }, 200);
    },
  );
