/**
 * The people of the load run. Each of the 27 units pulls its own rows and pushes one to three of
 * its tasks at a time, each push with a fresh Idempotency-Key, retried with the same key when the
 * answer is lost (a timeout), refused for rate (429, after Retry-After) or, now and then, as if the
 * answer had not arrived (a retry after a success, which must replay). Office staff pull every
 * unit's rows and edit the same rows; a leader reads. All until the deadline.
 */
import { randomUUID } from "node:crypto";
import { sleep, type Answer, type Call, type Kind } from "./client";
import type { Ledger } from "./ledger";

export type Run = {
  call: Call;
  ledger: Ledger;
  period: string;
  deadline: number;
  /** Chance that a push which succeeded is sent again with the same key. */
  retryChance: number;
  /** Chance that a push is sent twice at once with the same key (a retry while the first is in flight). */
  duplicateChance: number;
};

export type Unit = { name: string; token: string; tasks: number[] };
type Row = { unit: string; task: number; progress: string; version: number };
type Versions = Map<string, number>;

const MAX_ATTEMPTS = 8;
let serial = 0;
const text = (who: string) => `${who} 负载测试 #${++serial} ${randomUUID().slice(0, 8)}`;
const between = (lo: number, hi: number) => lo + Math.random() * (hi - lo);
const pickSome = <T>(xs: T[], n: number) => [...xs].sort(() => Math.random() - 0.5).slice(0, n);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const versionKey = (unit: string, task: number) => `${unit}|${task}`;

/** The report rows of an answer (`{ rows }`), or of a 409's `error.current`. */
const rowsOf = (body: unknown): unknown => (body as { rows?: unknown } | undefined)?.rows;
const currentOf = (body: unknown): unknown => (body as { error?: { current?: unknown } } | undefined)?.error?.current;

function learn(versions: Versions, rows: unknown) {
  if (!Array.isArray(rows)) return;
  for (const r of rows as Row[]) {
    const key = versionKey(r.unit, r.task);
    if ((versions.get(key) ?? 0) < r.version) versions.set(key, r.version);
  }
}

/**
 * One push of `rows` (written for `unit`) with one Idempotency-Key until the server has decided
 * it: accepted (200), refused (409 and other 4xx) or the attempts are spent.
 */
async function push(run: Run, kind: Kind, token: string, unit: (row: { unit?: string }) => string, rows: Record<string, unknown>[], versions: Versions) {
  const idempotencyKey = randomUUID();
  const json = { rows };
  let written: Answer | undefined;
  const settle = (a: Answer): "again" | "done" => {
    if (a.status === "timeout" || a.status === "network") return (run.ledger.lost++, "again");
    if (a.status === 429) return (run.ledger.limited++, "again");
    if (a.status >= 500) return "again";
    if (a.status === 200) {
      if (a.replayed) {
        run.ledger.replays++;
        if (written && "body" in written && !same(written.body, a.body)) run.ledger.replayMismatches++;
      } else {
        if (written) run.ledger.retriesWrittenTwice++;
        written = a;
        run.ledger.accept(rows.map((r) => ({ unit: unit(r), task: r.task as number, progress: r.progress as string })));
      }
      learn(versions, rowsOf(a.body));
      return "done";
    }
    if (a.status === 409 && (a.body as { error?: { code?: string } } | undefined)?.error?.code === "in_progress") {
      // The twin sent at the same moment holds the key; its answer decides.
      run.ledger.inFlightRefusals++;
    } else if (a.status === 409) {
      run.ledger.conflicts++;
      learn(versions, currentOf(a.body));
    } else run.ledger.refusals++;
    return "done";
  };

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const twice = attempt === 0 && Math.random() < run.duplicateChance;
    const send = () => run.call(attempt === 0 ? kind : "unit retry", token, "/api/v1/reports", { method: "POST", json, idempotencyKey });
    const answers = twice ? await Promise.all([send(), send()]) : [await send()];
    const outcomes = answers.map(settle);
    if (outcomes.every((o) => o === "done")) break;
    const wait = answers.map((a) => ("retryAfter" in a && a.retryAfter ? a.retryAfter * 1000 : 200)).reduce((a, b) => Math.max(a, b), 0);
    await sleep(wait + between(0, 500));
  }
  // The answer "did not arrive": the client sends the same push again, which must only replay.
  if (written && Math.random() < run.retryChance) {
    const again = await run.call("unit retry", token, "/api/v1/reports", { method: "POST", json, idempotencyKey });
    settle(again);
  }
}

export async function unitLoop(run: Run, unit: Unit) {
  const versions: Versions = new Map();
  const byName = () => unit.name;
  while (Date.now() < run.deadline) {
    if (versions.size === 0 || Math.random() < 0.3) {
      const pulled = await run.call("unit pull", unit.token, `/api/v1/reports?period=${run.period}`);
      if (pulled.status === 200) learn(versions, rowsOf(pulled.body));
    }
    if (unit.tasks.length > 0) {
      const rows = pickSome(unit.tasks, 1 + Math.floor(Math.random() * Math.min(3, unit.tasks.length))).map((task) => {
        const version = versions.get(versionKey(unit.name, task));
        return { task, period: run.period, progress: text(unit.name), ...(version ? { version } : {}) };
      });
      await push(run, "unit push", unit.token, byName, rows, versions);
    }
    await sleep(between(50, 250));
  }
}

export async function officeLoop(run: Run, token: string) {
  const versions: Versions = new Map();
  while (Date.now() < run.deadline) {
    const pulled = await run.call("office pull", token, `/api/v1/reports?period=${run.period}`);
    const rows = pulled.status === 200 ? ((rowsOf(pulled.body) ?? []) as Row[]) : [];
    if (rows.length > 0) {
      learn(versions, rows);
      const [row] = pickSome(rows, 1);
      const edit = { unit: row!.unit, task: row!.task, period: run.period, progress: text("办公室"), version: versions.get(versionKey(row!.unit, row!.task)) };
      await push(run, "office edit", token, (r) => r.unit!, [edit], versions);
    }
    await sleep(between(50, 200));
  }
}

export async function leaderLoop(run: Run, token: string) {
  while (Date.now() < run.deadline) {
    await run.call("leader read", token, Math.random() < 0.5 ? `/api/v1/reports?period=${run.period}` : "/api/v1/matters");
    await sleep(between(100, 300));
  }
}
