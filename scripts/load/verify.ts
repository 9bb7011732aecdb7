/**
 * What the database holds before and after the run, read from the worker's local D1 (the same
 * files `npm start` serves), and the checks of it against what the run was told was accepted.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../worker/platform/db";
import { rowKey, type Ledger, type RowKey } from "./ledger";

export type Snapshot = { maxLogId: number; rows: Map<RowKey, { version: number; progress: string }> };

export async function snapshot(db: Db, period: string): Promise<Snapshot> {
  const [log] = await db.all<{ id: number | null }>(sql`select max(id) as id from change_log`);
  const rows = await db.all<{ unit: string; task: number; version: number; progress: string }>(
    sql`select u.name as unit, r.task_no as task, r.version, r.progress from reports r join units u on u.id = r.unit_id where r.period = ${period}`,
  );
  return { maxLogId: log?.id ?? 0, rows: new Map(rows.map((r) => [rowKey(r.unit, r.task), { version: r.version, progress: r.progress }])) };
}

export type Verdict = { name: string; ok: boolean; detail: string };

const countOf = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());

export async function verify(db: Db, period: string, before: Snapshot, ledger: Ledger, fiveHundreds: number): Promise<Verdict[]> {
  const after = await snapshot(db, period);
  const duplicates = await db.all<{ n: number }>(sql`select count(*) as n from reports group by unit_id, task_no, period having count(*) > 1`);
  const logged = await db.all<{ progress: string | null }>(
    sql`select json_extract("after", '$.progress') as progress from change_log where id > ${before.maxLogId} and entity = 'reports'`,
  );

  // Every row: its version moved by exactly the writes accepted for it, and it holds one of their texts.
  const keys = new Set([...after.rows.keys(), ...ledger.accepted.keys()]);
  const wrong: string[] = [];
  for (const key of keys) {
    const was = before.rows.get(key)?.version ?? 0;
    const now = after.rows.get(key);
    const texts = ledger.accepted.get(key) ?? [];
    const moved = (now?.version ?? 0) - was;
    if (moved !== texts.length) wrong.push(`${key}: version +${moved}, ${texts.length} writes accepted`);
    else if (texts.length > 0 && !texts.includes(now!.progress)) wrong.push(`${key}: holds a text no accepted write sent`);
  }

  const acceptedTexts = [...ledger.accepted.values()].flat();
  const want = countOf(acceptedTexts);
  const got = countOf(logged.map((l) => l.progress ?? ""));
  const logDiff = [...new Set([...want.keys(), ...got.keys()])].filter((t) => want.get(t) !== got.get(t));
  const writtenTwice = [...got.values()].filter((n) => n > 1).length;

  return [
    { name: "no 5xx", ok: fiveHundreds === 0, detail: `${fiveHundreds} answers 5xx` },
    {
      name: "rows stored = writes accepted",
      ok: wrong.length === 0,
      detail: wrong.length ? `${wrong.length} rows differ, e.g. ${wrong.slice(0, 3).join("; ")}` : `${keys.size} rows, ${acceptedTexts.length} accepted changes, every version moved by its own count`,
    },
    {
      name: "no duplicate",
      ok: duplicates.length === 0 && writtenTwice === 0 && ledger.retriesWrittenTwice === 0,
      detail: `${duplicates.length} (unit, task, period) with two rows; ${writtenTwice} texts logged twice; ${ledger.retriesWrittenTwice} retries written again instead of replayed`,
    },
    {
      name: "log = accepted changes",
      ok: logDiff.length === 0,
      detail: `${logged.length} report log lines for ${acceptedTexts.length} accepted changes${logDiff.length ? `; ${logDiff.length} texts differ` : ""}`,
    },
  ];
}
