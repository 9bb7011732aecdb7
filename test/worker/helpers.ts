import { env, exports } from "cloudflare:workers";
import { createApp } from "../../worker/app";
import { createDb } from "../../worker/platform/db";
import { hashToken, newToken } from "../../worker/platform/token-hash";
import { tokens, units } from "../../schema/tables";
import { eq } from "drizzle-orm";

export const db = () => createDb(env.DB);

/** The ledger's day of every test request: the `TODAY` binding set in vitest.config.ts. */
export const TODAY = env.TODAY;

/** Issues a real token row in D1 and returns the bearer secret. */
export async function tokenFor(role: "office" | "leader" | "unit", unitName?: string): Promise<string> {
  const secret = newToken();
  let unitId: number | null = null;
  if (unitName) {
    const [u] = await db().select().from(units).where(eq(units.name, unitName));
    if (!u) throw new Error(`no unit ${unitName}`);
    unitId = u.id;
  }
  await db().insert(tokens).values({ hash: await hashToken(secret), role, unitId, label: `test ${role} ${unitName ?? ""}` });
  return secret;
}

/**
 * Calls the worker through its real fetch handler; with `today`, through the same app with the
 * `TODAY` binding set to that day instead, to see the ledger as it stood (or will stand) then.
 */
export async function api(path: string, init: RequestInit & { token?: string; json?: unknown; today?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("Authorization", `Bearer ${init.token}`);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set("Content-Type", "application/json");
    body = JSON.stringify(init.json);
  }
  const { today, ...rest } = init;
  const request = new Request(`https://fuyuan.test${path}`, { ...rest, headers, body });
  const res = today === undefined ? await exports.default.fetch(request) : await createApp().request(request, undefined, { ...env, TODAY: today });
  const text = await res.text();
  let data: any = undefined;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = text;
  }
  return { status: res.status, body: data, headers: res.headers };
}
