import { createRoute } from "@hono/zod-openapi";
import { TopicDecisionInputSchema, TopicIdParamSchema, TopicInputSchema, TopicListSchema, TopicSchema } from "../../schema/contracts/meetings";
import { newRouter } from "../platform/router";
import { may, unitScope } from "../platform/access";
import { conflictResponse, errorResponses } from "../platform/openapi-responses";
import { listTopics } from "./meetings-queries";
import { topicToWire } from "./meeting-to-wire";
import { decideTopic, proposeTopic } from "./topics-write";

const json = <T>(schema: T) => ({ content: { "application/json": { schema } } });
const security = [{ bearer: [] }];

/** Topics (议题): units propose, the office puts them on an agenda or declines them. */
export const topicsRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "Topics (a unit: those it proposed and those on the agenda of meetings it is invited to)",
      security,
      responses: { 200: { description: "topics", ...json(TopicListSchema) }, ...errorResponses },
    }),
    async (c) => c.json({ topics: (await listTopics(c.var.db, unitScope(c.var.caller, "see_topic"))).map(topicToWire) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      summary: "A unit proposes a topic, for a meeting or none (also one it is not invited to); the proposer is the caller's unit",
      middleware: [may("propose_topic")] as const,
      security,
      request: { body: { required: true, ...json(TopicInputSchema) } },
      responses: { 201: { description: "the topic, waiting for the office", ...json(TopicSchema) }, ...errorResponses },
    }),
    async (c) => {
      const caller = c.var.caller;
      if (caller.role !== "unit") throw new Error("propose_topic is a unit's action");
      return c.json(topicToWire(await proposeTopic(c.var.db, caller, c.req.valid("json"))), 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/decision",
      summary: "The office puts a topic on a meeting's agenda (列入议程) or declines it with a reason (不予采纳)",
      middleware: [may("decide_topic")] as const,
      security,
      request: { params: TopicIdParamSchema, body: { required: true, ...json(TopicDecisionInputSchema) } },
      responses: { 200: { description: "the topic", ...json(TopicSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(topicToWire(await decideTopic(c.var.db, c.var.caller, c.req.valid("param").id, c.req.valid("json"))), 200),
  );
