import { createMiddleware } from "hono/factory";
import { TrieRouter } from "hono/router/trie-router";
import type { AppEnv } from "../env";
import { detail, unprocessable } from "../errors";

/** What this middleware reads of an OpenAPI route definition (@hono/zod-openapi's registry). */
type Definition = { type: string; route?: { method: string; path: string; request?: { query?: unknown } } };

/** The parameter names a query schema declares; undefined when it is not a plain object schema. */
function declaredKeys(query: unknown): string[] | undefined {
  if (query === undefined) return [];
  const shape = (query as { shape?: Record<string, unknown> }).shape;
  return shape && typeof shape === "object" ? Object.keys(shape) : undefined;
}

/**
 * Refuses a query parameter the route does not declare, with 422 naming it, before the route runs:
 * a client that names a filter wrongly (`lead` for `unit`) would otherwise get the whole list and
 * believe it filtered. Every route's declared parameters come from its OpenAPI definition (the same
 * zod schema that validates them), matched to the request with Hono's router, once per isolate.
 * A path no route has is left to the 404 / 405 after it.
 */
export const knownQueryOnly = (definitions: () => readonly Definition[]) => {
  let router: TrieRouter<ReadonlySet<string> | null> | undefined;
  const build = () => {
    const r = new TrieRouter<ReadonlySet<string> | null>();
    for (const { type, route } of definitions()) {
      if (type !== "route" || !route) continue;
      const keys = declaredKeys(route.request?.query);
      // OpenAPI's `{id}` is Hono's `:id`; a schema whose keys cannot be read is not checked here.
      r.add(route.method.toUpperCase(), route.path.replace(/\{([^}]+)\}/g, ":$1"), keys ? new Set(keys) : null);
    }
    return r;
  };
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!c.req.url.includes("?")) return next();
    const given = [...new URL(c.req.url).searchParams.keys()];
    if (given.length === 0) return next();
    const names = [...new Set(given)];
    router ??= build();
    const [matches] = router.match(c.req.method === "HEAD" ? "GET" : c.req.method, c.req.path);
    if (matches.length === 0) return next();
    // Overlapping patterns (`/calendar/deadline` beside `/calendar/:year`): what any of them declares.
    const sets = matches.map(([keys]) => keys);
    if (sets.some((keys) => keys === null)) return next();
    const unknown = names.filter((name) => !sets.some((keys) => keys!.has(name)));
    if (unknown.length > 0) {
      throw unprocessable(
        "请求中有不支持的查询参数，未做任何处理",
        unknown.map((name) => detail(null, name, "unknown_parameter", name === "" ? "查询参数缺少名称（如 ?=1）" : `不支持查询参数 ${name}`)),
      );
    }
    // Every declared parameter takes one value (no query schema has a list): `?limit=1&limit=2`
    // would otherwise reach the schema as a list and be refused as "not an integer".
    const repeated = names.filter((name) => given.indexOf(name) !== given.lastIndexOf(name));
    if (repeated.length > 0) {
      throw unprocessable(
        "请求中有重复的查询参数，未做任何处理",
        repeated.map((name) => detail(null, name, "repeated_parameter", `查询参数 ${name} 只能出现一次`)),
      );
    }
    return next();
  });
};
