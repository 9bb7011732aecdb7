/** Tokens are stored only as SHA-256 hex digests; the worker and the admin CLI share this. */
export async function hashToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** A new bearer token: a fixed prefix (easy to recognise in logs) and 32 random bytes. */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const b64 = btoa(String.fromCharCode(...bytes));
  return "fy_" + b64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
