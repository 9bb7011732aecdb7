/**
 * One misbehaving client, in a process of its own (forked by scripts/load.ts): `count` requests
 * with one token, `width` in flight at a time, none of them waiting for Retry-After. Its own
 * process, like a unit's own computer: the flood's answers are not handled on the event loop
 * that times the leader's reads. Says "started" on its first request and its statuses when done.
 */
export type FloodOrder = { base: string; token: string; route: string; count: number; width: number };
export type FloodReport = { statuses: Record<string, number>; seconds: number };

async function flood({ base, token, route, count, width }: FloodOrder): Promise<FloodReport> {
  const statuses: Record<string, number> = {};
  let sent = 0;
  const started = performance.now();
  const one = async () => {
    while (sent < count) {
      sent++;
      const status = await fetch(`${base}${route}`, { headers: { Authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(30_000) }).then(
        async (res) => (await res.arrayBuffer(), String(res.status)),
        (err: Error) => (err.name === "TimeoutError" ? "timeout" : "network"),
      );
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  process.send!({ started: true });
  await Promise.all(Array.from({ length: width }, one));
  return { statuses, seconds: (performance.now() - started) / 1000 };
}

process.once("message", (order: FloodOrder) => {
  void flood(order).then((report) => process.send!({ report }, undefined, {}, () => process.exit(0)));
});
