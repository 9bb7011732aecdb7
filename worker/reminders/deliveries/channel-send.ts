import type { ChannelKind } from "../../../schema/values";
import { dingtalkSignedUrl, webhookSignature } from "./signatures";

export interface ChannelTarget {
  kind: ChannelKind;
  url: string;
  secret: string | null;
}

/** How one try went: sent, or the reason in words a user reads in the pane. */
export type SendOutcome = { ok: true } | { ok: false; error: string };

const robotNames: Record<ChannelKind, string> = { wecom: "企业微信", dingtalk: "钉钉", webhook: "Webhook" };

/** A robot answers HTTP 200 with `{ errcode, errmsg }`: only errcode 0 means it posted. */
async function robotOutcome(kind: ChannelKind, res: Response): Promise<SendOutcome> {
  const text = await res.text();
  let answer: { errcode?: unknown; errmsg?: unknown } = {};
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    return { ok: false, error: `${robotNames[kind]}返回的不是 JSON：${text.slice(0, 100)}` };
  }
  if (answer.errcode === 0) return { ok: true };
  const message = typeof answer.errmsg === "string" ? answer.errmsg : "";
  return { ok: false, error: `${robotNames[kind]}返回错误 ${String(answer.errcode)}：${message}`.slice(0, 300) };
}

/** Posts `payload` to one channel once (10 s at most), signed as its kind requires. */
export async function sendToChannel(target: ChannelTarget, payload: unknown, nowMs: number): Promise<SendOutcome> {
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = { "Content-Type": "application/json; charset=utf-8" };
  let url = target.url;
  if (target.kind === "dingtalk" && target.secret) url = await dingtalkSignedUrl(url, target.secret, nowMs);
  if (target.kind === "webhook") {
    headers["X-Fuyuan-Timestamp"] = String(nowMs);
    if (target.secret) headers["X-Signature-256"] = await webhookSignature(target.secret, nowMs, body);
  }
  let res: Response;
  try {
    res = await fetch(url, { method: "POST", headers, body, signal: AbortSignal.timeout(10_000) });
  } catch (e) {
    return { ok: false, error: `无法连接：${e instanceof Error ? e.message : String(e)}`.slice(0, 300) };
  }
  if (!res.ok) {
    await res.body?.cancel();
    return { ok: false, error: `${robotNames[target.kind]}答复 HTTP ${res.status}` };
  }
  if (target.kind === "webhook") {
    await res.body?.cancel();
    return { ok: true };
  }
  return robotOutcome(target.kind, res);
}
