import { OpenAPIHono } from "@hono/zod-openapi";
import { cors } from "hono/cors";
import { secureHeaders } from "hono/secure-headers";
import { requestId } from "hono/request-id";
import type { AppEnv } from "./env";
import { onError } from "./on-error";
import { notFound } from "./errors";
import { database } from "./middleware/database";
import { authenticate } from "./middleware/auth";
import { health } from "./routes/health";
import { unitsRoute } from "./routes/units";
import { tasksRoute } from "./routes/tasks";
import { reportsRoute } from "./routes/reports";
import { meRoute } from "./routes/me";
import { groupsRoute } from "./routes/groups";
import { mountFeatureRoutes } from "./routes/features";

/** The whole API. Static add-in files are served by Workers assets before this runs. */
export function createApp() {
  const app = new OpenAPIHono<AppEnv>();
  app.use("*", requestId());
  app.use("/api/*", secureHeaders(), cors({ origin: "*", allowHeaders: ["Authorization", "Content-Type"], exposeHeaders: ["X-Request-Id"] }));
  app.use("/api/*", database());
  app.route("/api/v1/health", health);

  app.doc31("/api/v1/openapi.json", {
    openapi: "3.1.0",
    info: { title: "府院联动台账 API", version: "1.0.0", description: "Ledger API for the county 府院联动 mechanism" },
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });

  app.use("/api/v1/*", authenticate());
  app.route("/api/v1/me", meRoute);
  app.route("/api/v1/units", unitsRoute);
  app.route("/api/v1/groups", groupsRoute);
  app.route("/api/v1/tasks", tasksRoute);
  app.route("/api/v1/reports", reportsRoute);
  mountFeatureRoutes(app);

  app.notFound((c) => {
    throw notFound(`没有这个接口：${c.req.method} ${c.req.path}`);
  });
  app.onError(onError);
  return app;
}
