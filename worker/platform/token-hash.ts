/** Tokens are stored only as SHA-256 hex digests; the worker and the admin CLI share this. */
export async function hashToken(token: string): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token)));
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));

/** Bytes as lowercase hex, two digits each (a table look-up per byte: hashed on every request). */
export function hex(bytes: ArrayBuffer): string {
  let out = "";
  for (const b of new Uint8Array(bytes)) out += HEX[b];
  return out;
}

/** A new bearer token: a fixed prefix (easy to recognise in logs) and 32 random bytes. */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const b64 = btoa(String.fromCharCode(...bytes));
  return "fy_" + b64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
