const encoder = new TextEncoder();

async function hmacSha256(secret: string, message: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(message)));
}

/**
 * 钉钉自定义机器人 加签: HMAC-SHA256 over `timestamp + "\n" + secret` keyed by the secret, in
 * base64; the robot's address gets `&timestamp=…&sign=…` (the sign URL-encoded).
 */
export async function dingtalkSignedUrl(url: string, secret: string, timestampMs: number): Promise<string> {
  const mac = await hmacSha256(secret, `${timestampMs}\n${secret}`);
  const sign = btoa(String.fromCharCode(...mac));
  const u = new URL(url);
  u.searchParams.set("timestamp", String(timestampMs));
  u.searchParams.set("sign", sign);
  return u.toString();
}

/** A webhook's signature header: `sha256=` + hex HMAC-SHA256 of `timestamp + "." + body`. */
export async function webhookSignature(secret: string, timestampMs: number, body: string): Promise<string> {
  const mac = await hmacSha256(secret, `${timestampMs}.${body}`);
  return `sha256=${[...mac].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}
