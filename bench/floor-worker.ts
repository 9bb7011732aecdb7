// The floor each benchmark is measured against: the least a worker can do to answer the same
// question over the same D1 rows (bench/wrangler.toml). It also fills and cleans the benchmark's
// data with plain SQL, outside the timed calls. Never deployed; no access checks.
import { fillMatters, fillReports, fillRegisters } from "./floor-fill";

interface Env {
  DB: D1Database;
  /** The same simple rate limit as the ledger's READ_LIMITER (bench/wrangler.toml). */
  LIMITER: RateLimit;
}

/**
 * The least any authenticated, rate-limited answer costs on this platform: the bearer token's
 * SHA-256, one D1 read of its row, one call to the rate-limit binding. Every ledger request with
 * a token makes these two calls (revocation is immediate only because the row is read each time),
 * so the latency scenarios also print their ratio to this floor, beside the bare minimal route's.
 */
async function authenticated(req: Request, env: Env): Promise<Response> {
  const bearer = req.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(bearer)));
  const hash = Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
  const token = await env.DB.prepare("select role, unit_id from tokens where hash = ? and revoked_at is null").bind(hash).first();
  const limited = await env.LIMITER.limit({ key: hash });
  if (!token) return new Response("unknown token", { status: 401 });
  if (!limited.success) return new Response("too many requests", { status: 429 });
  return Response.json({ ok: true });
}

/** Bound parameters per statement that D1 accepts. */
const MAX_PARAMS = 100;
const REPORT_COLUMNS = ["unit_id", "task_no", "period", "progress", "problems", "plan", "submitted_on", "created_at", "updated_at"];

type ReportRow = { unitId: number; task: number; period: string; progress: string; problems: string; plan: string };

/**
 * The same report rows as one D1 batch of multi-row INSERTs, each within the parameter limit.
 * `logged`: each INSERT is followed by one of a change_log row per report it added (its id and
 * texts), selected from the rows just written (last_insert_rowid() and changes() of the INSERT
 * before it): the least the ledger's rule "every accepted row is in the log" costs.
 */
async function insertReports(db: D1Database, rows: ReportRow[], today: string, logged = false) {
  const per = Math.floor(MAX_PARAMS / REPORT_COLUMNS.length);
  const now = Date.now();
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const values = chunk.map(() => `(${REPORT_COLUMNS.map(() => "?").join(",")})`).join(",");
    const params = chunk.flatMap((r) => [r.unitId, r.task, r.period, r.progress, r.problems, r.plan, today, now, now]);
    statements.push(db.prepare(`insert into reports (${REPORT_COLUMNS.join(",")}) values ${values}`).bind(...params));
    if (logged) statements.push(db.prepare(LOG_INSERTED).bind(now));
  }
  await db.batch(statements);
  return rows.length;
}

// Materialized: the new rows' range is taken once, before the first log row changes last_insert_rowid().
const LOG_INSERTED = `with added as materialized (select * from reports where id > last_insert_rowid() - changes() and id <= last_insert_rowid())
  insert into change_log (created_at, actor, entity, entity_id, action, after)
  select ?1, 'floor', 'reports', cast(r.id as text), 'insert', json_object('unitId', r.unit_id, 'taskNo', r.task_no, 'period', r.period,
    'progress', r.progress, 'problems', r.problems, 'plan', r.plan, 'submittedOn', r.submitted_on, 'version', 1)
  from added r`;

async function route(req: Request, env: Env): Promise<Response> {
  const url = new URL(req.url);
  const db = env.DB;
  switch (`${req.method} ${url.pathname}`) {
    case "GET /api/v1/health":
    case "GET /floor/min":
      return Response.json({ ok: true });
    case "GET /floor/authenticated":
      return authenticated(req, env);
    case "POST /floor/reports": {
      const { rows, today, logged } = await req.json<{ rows: ReportRow[]; today: string; logged?: boolean }>();
      return Response.json({ written: await insertReports(db, rows, today, logged) });
    }
    case "GET /floor/matters": {
      const [m, links] = await db.batch([
        db.prepare("select * from matters order by assigned desc, id desc"),
        db.prepare("select mu.matter_id, u.name, mu.role from matter_units mu join units u on u.id = mu.unit_id"),
      ]);
      return Response.json({ matters: m!.results, links: links!.results });
    }
    case "GET /floor/scores": {
      const year = url.searchParams.get("year") ?? "2025";
      const { results } = await db
        .prepare(
          "select lead_unit_id, count(*) as n, sum(case when on_time = 1 then 1 else 0 end) as on_time, sum(case when status = '已办结' then 0 else 1 end) as open from matters where deadline between ? and ? group by lead_unit_id",
        )
        .bind(`${year}-01-01`, `${year}-12-31`)
        .all();
      return Response.json({ units: results });
    }
    case "POST /floor/fill": {
      const { matters, reports, year } = await req.json<{ matters: number; reports: number; year: number }>();
      return Response.json({ matters: await fillMatters(db, matters, year), reports: await fillReports(db, reports, year), registers: await fillRegisters(db, year) });
    }
    case "POST /floor/cleanup": {
      const { fromPeriod } = await req.json<{ fromPeriod: string }>();
      const r = await db.prepare("delete from reports where period >= ?").bind(fromPeriod).run();
      return Response.json({ deleted: r.meta.changes });
    }
    case "GET /floor/count": {
      const row = await db.prepare(`select count(*) as n from ${url.searchParams.get("table") === "reports" ? "reports" : "matters"}`).first<{ n: number }>();
      return Response.json({ n: row?.n ?? 0 });
    }
    default:
      return new Response("not found", { status: 404 });
  }
}

export default {
  async fetch(req: Request, env: Env): Promise<Response> {
    try {
      return await route(req, env);
    } catch (e) {
      return new Response(e instanceof Error ? `${e.message} ${e.cause instanceof Error ? e.cause.message : ""}` : String(e), { status: 500 });
    }
  },
};
