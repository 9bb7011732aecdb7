import { beforeAll, describe, expect, it } from "vitest";
import { env } from "cloudflare:workers";
import { api } from "./helpers";
import { callers } from "./matters-fixtures";

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  t = await callers();
});

const put = (unit: string, json: unknown, token = t.office) => api(`/api/v1/units/${encodeURIComponent(unit)}/channels`, { method: "PUT", token, json });
const get = (unit: string, token = t.office) => api(`/api/v1/units/${encodeURIComponent(unit)}/channels`, { token });

const three = [
  { kind: "wecom", url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=WECOM-KEY-1" },
  { kind: "dingtalk", url: "https://oapi.dingtalk.com/robot/send?access_token=DING-TOKEN-1", secret: "SECdingtalk-secret-1" },
  { kind: "webhook", url: "https://hooks.example.gov.cn/fuyuan", secret: "hook-secret-1" },
];

describe("PUT /api/v1/units/:name/channels", () => {
  it("lets the office set a unit's channels and reads them back masked, never with a secret", async () => {
    const res = await put("县财政局", { channels: three });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      unit: "县财政局",
      channels: [
        { id: expect.any(Number), kind: "wecom", url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***", hasSecret: false },
        { id: expect.any(Number), kind: "dingtalk", url: "https://oapi.dingtalk.com/robot/send?access_token=***", hasSecret: true },
        { id: expect.any(Number), kind: "webhook", url: "https://hooks.example.gov.cn/fuyuan", hasSecret: true },
      ],
    });
    const read = await get("县财政局");
    expect(read.body).toEqual(res.body);
    const text = JSON.stringify([res.body, read.body]);
    for (const secret of ["WECOM-KEY-1", "DING-TOKEN-1", "SECdingtalk-secret-1", "hook-secret-1"]) expect(text).not.toContain(secret);
  });

  it("replaces the whole set, and an empty list removes every channel", async () => {
    await put("县公安局", { channels: three });
    const one = await put("县公安局", { channels: [three[0]] });
    expect(one.body.channels.map((c: { kind: string }) => c.kind)).toEqual(["wecom"]);
    const none = await put("县公安局", { channels: [] });
    expect(none.body.channels).toEqual([]);
    expect((await get("县公安局")).body.channels).toEqual([]);
  });

  it("finds the unit under an alias and answers with its own name", async () => {
    const res = await put("县经信局", { channels: [three[0]] });
    expect(res.status).toBe(200);
    expect(res.body.unit).toBe("县科商经信局");
  });

  it("keeps a secret out of the change log", async () => {
    await put("县医保局", { channels: three });
    const rows = await env.DB.prepare("select before, after from change_log where entity = 'unit_channels' and entity_id = '县医保局'").all();
    expect(rows.results).toHaveLength(1);
    const text = JSON.stringify(rows.results);
    expect(text).toContain("dingtalk");
    for (const secret of ["WECOM-KEY-1", "DING-TOKEN-1", "SECdingtalk-secret-1", "hook-secret-1"]) expect(text).not.toContain(secret);
  });

  it("refuses a unit (403) and a leader (403)", async () => {
    const unit = await put("县财政局", { channels: [] }, t.finance);
    expect(unit.status).toBe(403);
    expect(unit.body.error.message).toBe("此操作仅限办公室");
    expect((await put("县财政局", { channels: [] }, t.leader)).status).toBe(403);
    expect((await get("县财政局")).body.channels).toHaveLength(3);
  });

  it("refuses an address that is not https", async () => {
    const res = await put("县财政局", { channels: [{ kind: "webhook", url: "http://hooks.example.gov.cn/x" }] });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ row: 0, column: "channels.url", message: "地址须以 https:// 开头" })]);
  });

  it("refuses something that is no address", async () => {
    const res = await put("县财政局", { channels: [{ kind: "wecom", url: "qyapi 机器人" }] });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ row: 0, column: "channels.url", message: "不是有效的网址" })]);
  });

  it("refuses a 钉钉 robot without its signing secret", async () => {
    const res = await put("县财政局", { channels: [{ kind: "dingtalk", url: "https://oapi.dingtalk.com/robot/send?access_token=x" }] });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ row: 0, column: "channels.secret", message: "钉钉机器人须填写加签密钥（secret）" })]);
  });

  it("refuses a secret for a 企业微信 robot, which has none", async () => {
    const res = await put("县财政局", { channels: [{ ...three[0], secret: "x" }] });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ row: 0, column: "channels.secret" })]);
  });

  it("refuses an unknown kind and an unknown field", async () => {
    expect((await put("县财政局", { channels: [{ kind: "sms", url: "https://x.gov.cn" }] })).status).toBe(422);
    expect((await put("县财政局", { channels: [{ ...three[0], name: "群" }] })).status).toBe(422);
    expect((await put("县财政局", { channels: [], note: "x" })).status).toBe(422);
    expect((await get("县财政局")).body.channels).toHaveLength(3);
  });

  it("answers 404 for an unknown unit and for a group name", async () => {
    expect((await put("县宇宙局", { channels: [] })).status).toBe(404);
    expect((await put("各成员单位", { channels: [] })).status).toBe(404);
  });
});

describe("GET /api/v1/units/:name/channels", () => {
  it("shows a unit its own channels, and another unit's as missing", async () => {
    expect((await get("县财政局", t.finance)).status).toBe(200);
    const other = await get("县财政局", t.tax);
    expect(other.status).toBe(404);
    // The very answer a unit that does not exist gets (its name being the one the caller wrote).
    expect(other.body).toEqual({ error: { code: "not_found", message: "没有名为“县财政局”的单位", details: [] } });
    expect((await get("县宇宙局", t.tax)).body).toEqual({ error: { code: "not_found", message: "没有名为“县宇宙局”的单位", details: [] } });
  });

  it("shows leaders every unit's channels", async () => {
    expect((await get("县财政局", t.leader)).body.channels).toHaveLength(3);
  });
});
