import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError, createClient } from "../../../addin/api/client";
import { optional } from "../../../addin/sync/optional";

// The add-in's client against a real HTTP server on 127.0.0.1 answering as a broken network, a
// gateway or an intranet proxy would: every failure reaches the pane as a Chinese sentence.

let server: Server;
let base = "";
const quiet = <T>(fn: () => Promise<T>) => {
  const error = console.error;
  console.error = () => undefined;
  return fn().finally(() => (console.error = error));
};

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/hang") return; // never answers
    if (req.url === "/html") return void res.writeHead(200, { "content-type": "text/html" }).end("<html>请先登录单位网关</html>");
    if (req.url === "/gateway") return void res.writeHead(502, { "content-type": "text/html" }).end("<html>Bad Gateway</html>");
    if (req.url === "/malformed") {
      const body = { error: { code: "bad_request", message: "请求格式有误：Malformed JSON in request body", details: [] } };
      return void res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify(body));
    }
    if (req.url === "/older") {
      // A worker of another version: the path exists, with other methods only.
      const body = { error: { code: "method_not_allowed", message: "接口 /older 不接受 GET 请求，可用的请求方法：POST", details: [] } };
      return void res.writeHead(405, { "content-type": "application/json", allow: "OPTIONS, POST" }).end(JSON.stringify(body));
    }
    if (req.url === "/drop") return void req.socket.destroy();
    res.writeHead(200, { "content-type": "application/json" }).end("{\"ok\":true}");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));

const failure = (path: string, timeoutMs?: number) =>
  quiet(() => createClient("fy_token", base, undefined, timeoutMs).get(path)).then(
    () => null,
    (err: unknown) => err,
  );

describe("the add-in's API client", () => {
  it("says the server cannot be reached when the connection drops (TypeError: Failed to fetch / fetch failed)", async () => {
    const err = await failure("/drop");
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toBe("无法连接台账服务器，请检查网络后重试");
  });

  it("gives up after the timeout with a Chinese message", async () => {
    const err = (await failure("/hang", 200)) as ApiError;
    expect([err.code, err.message]).toEqual(["timeout", "台账服务器长时间没有响应，请检查网络后重试"]);
  });

  it("names a page that is not the ledger's (an intranet proxy's login page) instead of failing later", async () => {
    const err = (await failure("/html")) as ApiError;
    expect(err.message).toBe("服务器返回的不是台账数据（可能被单位网关或代理拦截），请联系管理员");
  });

  it("says a gateway error in Chinese when the body is not the worker's", async () => {
    expect(((await failure("/gateway")) as ApiError).message).toBe("台账服务器暂时无法访问（网关错误），请稍后重试");
  });

  it("does not pass the validator's English (Malformed JSON in request body) on to the clerk", async () => {
    const err = (await failure("/malformed")) as ApiError;
    expect(err.message).not.toMatch(/Malformed/);
    expect(err.message).toContain("请求格式有误");
  });

  it("says a method the worker does not take means the add-in and worker differ, and that nothing changed", async () => {
    const err = (await failure("/older")) as ApiError;
    expect([err.status, err.code]).toEqual([405, "method_not_allowed"]);
    expect(err.message).toBe("加载项与台账服务器的版本不一致，服务器不接受这个请求，未做任何修改。请刷新加载项后重试；若仍失败请联系管理员。");
  });

  it("skips a resource an older worker serves with other methods only, as one it does not serve", async () => {
    expect(await optional(quiet(() => createClient("fy_token", base).get("/older")))).toBeNull();
    await expect(optional(quiet(() => createClient("fy_token", base).get("/gateway")))).rejects.toBeInstanceOf(ApiError);
  });

  it("still lets the user cancel, which is not an error", async () => {
    const controller = new AbortController();
    const call = createClient("fy_token", base).get("/hang", { signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
  });

  it("answers the JSON of a good response", async () => {
    expect(await createClient("fy_token", base).get("/ok")).toEqual({ ok: true });
  });
});
