import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import worker from "../../worker/index";
import { api } from "./helpers";

/** Runs the daily Cron Trigger handler at an instant, as Workers would. */
export async function runCron(scheduledTime: string) {
  const controller = createScheduledController({ scheduledTime: new Date(scheduledTime), cron: "0 1 * * *" });
  const ctx = createExecutionContext();
  await worker.scheduled(controller, env, ctx);
  await waitOnExecutionContext(ctx);
}

export type Received = { kind: string; query: Record<string, string>; body: any; accepted: boolean; answer: any };

/** The local robot receiver (real HTTP on 127.0.0.1): a fresh box per test, its address per kind. */
export async function box(name: string, o: { secret?: string; failFirst?: number } = {}) {
  const res = await fetch(`${env.RECEIVER_URL}/__boxes/${name}`, { method: "PUT", body: JSON.stringify(o) });
  if (!res.ok) throw new Error(`receiver: ${res.status}`);
  return {
    url: (kind: "wecom" | "dingtalk" | "webhook", query = "") => `${env.RECEIVER_URL}/${kind}/${name}${query}`,
    received: async (): Promise<Received[]> => (await (await fetch(`${env.RECEIVER_URL}/__boxes/${name}`)).json<{ received: Received[] }>()).received,
  };
}

/** Polls a matter's reminders until `done` holds for them (the queue delivers within seconds). */
export async function remindersWhen(token: string, matterId: number, done: (reminders: any[]) => boolean, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await api(`/api/v1/reminders?matter=${matterId}`, { token });
    if (done(res.body.reminders)) return res.body.reminders as any[];
    if (Date.now() > until) throw new Error(`reminders never settled: ${JSON.stringify(res.body.reminders)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export const allSettled = (statuses: string[]) => (rs: any[]) =>
  rs.length > 0 && rs.every((r) => r.deliveries.length > 0 && r.deliveries.every((d: any) => statuses.includes(d.status)));
