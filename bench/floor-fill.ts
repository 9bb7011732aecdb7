// Grows the benchmark's data to a target size with plain SQL (recursive CTEs), deterministic from
// each row's number: matters with their lead and co-unit links, reports over the year's quarters,
// and a year of assessment adjustments. Each call only adds what is missing.

const count = async (db: D1Database, table: string) => (await db.prepare(`select count(*) as n from ${table}`).first<{ n: number }>())!.n;

/** Matters numbered have+1 … target: deadlines over the year, 70 % on time, 15 % late, 15 % open. */
export async function fillMatters(db: D1Database, target: number, year: number): Promise<number> {
  const have = await count(db, "matters");
  if (have >= target) return have;
  const now = Date.now();
  const deadline = `date('${year - 1}-12-17', '+' || ((i * 7919) % 395) || ' days')`;
  const h = "((i * 31) % 100)";
  await db.batch([
    db.prepare(
      `with recursive seq(i) as (select ?1 union all select i + 1 from seq where i < ?2),
       u as (select id, row_number() over (order by id) - 1 as k from units), n as (select count(*) as c from units)
       insert into matters (title, task_no, source, lead_unit_id, assigned, days, deadline, original_deadline, status, settled, on_time, created_at, updated_at)
       select '事项' || i, 1 + (i * 7) % 32, case i % 5 when 0 then '会议纪要' when 1 then '专题会议' when 2 then '专班' when 3 then '司法建议' else '其他' end,
              (select id from u where k = (i * 13) % (select c from n)),
              date(${deadline}, '-14 days'), 10, ${deadline}, ${deadline},
              case when ${h} < 85 then '已办结' else '办理中' end,
              case when ${h} < 70 then date(${deadline}, '-' || (i % 8) || ' days') when ${h} < 85 then date(${deadline}, '+' || (1 + i % 20) || ' days') end,
              case when ${h} < 70 then 1 when ${h} < 85 then 0 end, ?3, ?3
       from seq`,
    ).bind(have + 1, target, now),
    // The lead of every new matter; a first co-unit on 3 in 5, a second on 1 in 5.
    db.prepare("insert into matter_units (matter_id, unit_id, role) select id, lead_unit_id, 'lead' from matters where id > ?1").bind(have),
    db.prepare(
      `with u as (select id, row_number() over (order by id) - 1 as k from units), n as (select count(*) as c from units)
       insert or ignore into matter_units (matter_id, unit_id, role)
       select m.id, (select id from u where k = ((select k from u where id = m.lead_unit_id) + 1 + m.id % 7) % (select c from n)), 'co' from matters m where m.id > ?1 and m.id % 5 < 3`,
    ).bind(have),
    db.prepare(
      `with u as (select id, row_number() over (order by id) - 1 as k from units), n as (select count(*) as c from units)
       insert or ignore into matter_units (matter_id, unit_id, role)
       select m.id, (select id from u where k = ((select k from u where id = m.lead_unit_id) + 8 + m.id % 11) % (select c from n)), 'co' from matters m where m.id > ?1 and m.id % 5 = 0`,
    ).bind(have),
  ]);
  return count(db, "matters");
}

/** Reports of the year's four quarters for every responsible unit and task, repeated over earlier years to reach the target. */
export async function fillReports(db: D1Database, target: number, year: number): Promise<number> {
  const have = await count(db, "reports");
  if (have >= target) return have;
  // Every (unit, task) pair a matter links, numbered; each pair reports once per quarter of a year.
  await db
    .prepare(
      `with recursive pairs as (select distinct mu.unit_id, m.task_no from matter_units mu join matters m on m.id = mu.matter_id where m.task_no is not null),
       q(k) as (select 0 union all select k + 1 from q where k < 399),
       rows as (select p.unit_id, p.task_no, (cast(?1 as integer) - k / 4) || '-Q' || (1 + k % 4) as period, k from pairs p, q)
       insert or ignore into reports (unit_id, task_no, period, progress, problems, plan, submitted_on, created_at, updated_at)
       select unit_id, task_no, period, '按计划推进', '', '', date(substr(period, 1, 4) || '-' || printf('%02d', 3 * cast(substr(period, 7) as integer)) || '-28'), ?3, ?3
       from rows where substr(period, 1, 4) >= '2000' order by k, unit_id, task_no limit ?2`,
    )
    .bind(year, target - have, Date.now())
    .run();
  return count(db, "reports");
}

/** The year's register of 通报表扬 and 问责: one entry per unit per month. */
export async function fillRegisters(db: D1Database, year: number): Promise<number> {
  const have = (await db.prepare("select count(*) as n from assessment_adjustments where year = ?").bind(year).first<{ n: number }>())!.n;
  if (have > 0) return have;
  await db
    .prepare(
      `with recursive mon(k) as (select 1 union all select k + 1 from mon where k < 12)
       insert into assessment_adjustments (year, unit_id, kind, reason, date, created_by, created_at)
       select ?1, u.id, case when (u.id + k) % 4 = 0 then '问责' else '通报表扬' end, '第' || k || '月督办情况', cast(?1 as integer) || '-' || printf('%02d', k) || '-15', 'bench', ?2
       from units u, mon where u.member = 1`,
    )
    .bind(year, Date.now())
    .run();
  return (await db.prepare("select count(*) as n from assessment_adjustments where year = ?").bind(year).first<{ n: number }>())!.n;
}
