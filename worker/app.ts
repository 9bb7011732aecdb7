import { OpenAPIHono } from "@hono/zod-openapi";
import { secureHeaders } from "hono/secure-headers";
import { requestId } from "hono/request-id";
import type { AppEnv } from "./platform/env";
import { onError } from "./platform/on-error";
import { notFound } from "./platform/errors";
import { allowedMethodsOf, methodNotAllowed } from "./platform/allowed-methods";
import { database } from "./platform/middleware/database";
import { authenticate } from "./platform/middleware/auth";
import { today } from "./platform/middleware/today";
import { idempotency } from "./platform/middleware/idempotency";
import { documentIdempotencyKey } from "./platform/openapi-idempotency";
import { limitBody } from "./platform/middleware/body-limit";
import { utf8Json } from "./platform/middleware/utf8-json";
import { knownQueryOnly } from "./platform/middleware/known-query";
import { corsForAllowedOrigins } from "./platform/middleware/cors";
import { rateLimit } from "./platform/middleware/rate-limit";
import { health } from "./health/health-route";
import { unitsRoute } from "./units/units-route";
import { tasksRoute } from "./tasks/tasks-route";
import { reportsRoute } from "./reports/reports-route";
import { meRoute } from "./me/me-route";
import { groupsRoute } from "./groups/groups-route";
import { calendarRoute } from "./calendar/calendar-route";
import { mattersRoute } from "./matters/matters-route";
import { remindersRoute } from "./reminders/reminders-route";
import { assessmentRoute } from "./assessment/assessment-route";
import { summaryRoute } from "./summary/summary-route";
import { peopleRoute } from "./people/people-route";
import { tokensRoute } from "./tokens/tokens-route";
import { draftsRoute } from "./drafts/drafts-route";
import { signOffRoute } from "./drafts/sign-off-route";
import { researchRoute } from "./research/research-route";
import { taskforcesRoute } from "./taskforces/taskforces-route";
import { hearingsRoute } from "./hearings/hearings-route";
import { suggestionsRoute } from "./suggestions/suggestions-route";
import { petitionRisksRoute } from "./petition-risks/petition-risks-route";
import { enterprisesRoute } from "./enterprises/enterprises-route";
import { settingsRoute } from "./settings/settings-route";
import { meetingsRoute } from "./meetings/meetings-route";
import { topicsRoute } from "./meetings/topics-route";
import { filesRoute } from "./files/files-route";

/** The whole API. Static add-in files are served by Workers assets before this runs. */
export function createApp() {
  const app = new OpenAPIHono<AppEnv>();
  app.use("*", requestId());
  app.use("/api/*", secureHeaders(), corsForAllowedOrigins());
  app.use("/api/*", rateLimit());
  app.use("/api/*", limitBody(), database(), today());
  app.route("/api/v1/health", health);

  const docConfig = {
    openapi: "3.1.0",
    info: { title: "府院联动台账 API", version: "1.0.0", description: "Ledger API for the county 府院联动 mechanism" },
  };
  app.get("/api/v1/openapi.json", (c) => c.json(documentIdempotencyKey(app.getOpenAPI31Document(docConfig))));
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });

  app.use("/api/v1/*", authenticate());
  // After authentication: a caller without a token gets its 401 before any body is read.
  app.use("/api/v1/*", utf8Json());
  // After authentication; the routes' declared parameters are read at the first request, when
  // every resource below is mounted.
  app.use("/api/v1/*", knownQueryOnly(() => app.openAPIRegistry.definitions));
  // After authentication (a key belongs to its token), before every resource.
  app.use("/api/v1/*", idempotency());
  app.route("/api/v1/me", meRoute);
  app.route("/api/v1/units", unitsRoute);
  app.route("/api/v1/groups", groupsRoute);
  app.route("/api/v1/tasks", tasksRoute);
  app.route("/api/v1/reports", reportsRoute);
  app.route("/api/v1/calendar", calendarRoute);
  app.route("/api/v1/matters", mattersRoute);
  app.route("/api/v1/reminders", remindersRoute);
  app.route("/api/v1/assessment", assessmentRoute);
  app.route("/api/v1/summary", summaryRoute);
  app.route("/api/v1/people", peopleRoute);
  app.route("/api/v1/tokens", tokensRoute);
  app.route("/api/v1/drafts", draftsRoute);
  app.route("/api/v1/sign-off", signOffRoute);
  app.route("/api/v1/research", researchRoute);
  app.route("/api/v1/taskforces", taskforcesRoute);
  app.route("/api/v1/hearings", hearingsRoute);
  app.route("/api/v1/suggestions", suggestionsRoute);
  app.route("/api/v1/petition-risks", petitionRisksRoute);
  app.route("/api/v1/enterprises", enterprisesRoute);
  app.route("/api/v1/settings", settingsRoute);
  app.route("/api/v1/meetings", meetingsRoute);
  app.route("/api/v1/topics", topicsRoute);
  app.route("/api/v1/files", filesRoute);

  const allowedMethods = allowedMethodsOf(app.routes);
  app.notFound((c) => {
    const allowed = allowedMethods(c.req.path);
    if (allowed.length > 0) return methodNotAllowed(c.req.method, c.req.path, allowed);
    throw notFound(`没有这个接口：${c.req.method} ${c.req.path}`);
  });
  app.onError(onError);
  return app;
}
