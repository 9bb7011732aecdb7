import type { RouterRoute } from "hono/types";
import { TrieRouter } from "hono/router/trie-router";
import { METHOD_NAME_ALL } from "hono/router";
import { ApiError } from "./errors";

/**
 * The methods each path of the API answers, for the 405 a request with another method gets
 * (RFC 9110 §15.5.6: the path exists, with an `Allow` header listing what it takes), instead of the
 * 404 a path that does not exist gets. Built once per isolate from the app's own route table with
 * Hono's router, so a path with parameters (`/matters/:id`) is matched as the routes match it.
 * Middleware (`app.use`, method ALL) is not a route and is left out.
 */
export function allowedMethodsOf(routes: readonly RouterRoute[]): (path: string) => string[] {
  let router: TrieRouter<string> | undefined;
  return (path) => {
    if (!router) {
      router = new TrieRouter<string>();
      // Each route is added under ALL with its method as the value: one match then finds every
      // method of the path, whatever the request's own.
      for (const { method, path: pattern } of routes) if (method !== METHOD_NAME_ALL) router.add(METHOD_NAME_ALL, pattern, method);
    }
    const methods = new Set(router.match("GET", path)[0].map(([method]) => method));
    if (methods.size === 0) return [];
    // Workers answer HEAD wherever GET is routed, and the CORS middleware answers OPTIONS.
    if (methods.has("GET")) methods.add("HEAD");
    methods.add("OPTIONS");
    return [...methods].sort();
  };
}

/**
 * 405 for `method` on a path that answers `allowed`, in the one error shape, with `Allow`. An
 * OPTIONS that is not a CORS preflight (those are answered before any route) asks which methods
 * the path takes: 204 with `Allow`.
 */
export function methodNotAllowed(method: string, path: string, allowed: string[]): Response {
  if (method === "OPTIONS") return new Response(null, { status: 204, headers: { Allow: allowed.join(", ") } });
  const offered = allowed.filter((m) => m !== "HEAD" && m !== "OPTIONS").join("、");
  const res = new ApiError(405, "method_not_allowed", `接口 ${path} 不接受 ${method} 请求，可用的请求方法：${offered}`).getResponse();
  res.headers.set("Allow", allowed.join(", "));
  return res;
}
