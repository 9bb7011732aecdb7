// The browser tests' shared worker puts the seeded database back between files with
// test/tools/d1-snapshot.ts; here, in workerd against the real D1, that the database it puts back
// is the seed's, row for row, with its triggers working and no trigger fired by the restore.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { restoreSnapshot, takeSnapshot } from "../tools/d1-snapshot";

async function everything() {
  const { results: tables } = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' ORDER BY name").all<{ name: string }>();
  const rows: Record<string, unknown[]> = {};
  for (const { name } of tables) rows[name] = (await env.DB.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()).results;
  const { results: schema } = await env.DB.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE '_cf_%' ORDER BY type, name").all();
  return { rows, schema };
}

describe("a D1 snapshot put back", () => {
  it("gives back every table, row, index and trigger of the seed after a file's writes", async () => {
    const seeded = await everything();
    const snapshot = await takeSnapshot(env.DB);
    // A file's writes: a new unit (its trigger renews the directory's cache version), a change-log
    // line (append-only by trigger), a changed task.
    await env.DB.batch([
      env.DB.prepare("INSERT INTO units (name, kind, sort_order, created_at, updated_at) SELECT '快照测试局', kind, 999, 0, 0 FROM units LIMIT 1"),
      env.DB.prepare("INSERT INTO change_log (created_at, actor, entity, entity_id, action) VALUES (0, 'test', 'test', '1', 'insert')"),
      env.DB.prepare("UPDATE tasks SET title = '改过的标题' WHERE no = 1"),
    ]);
    const changed = await everything();
    expect(changed.rows).not.toEqual(seeded.rows);

    await restoreSnapshot(env.DB, snapshot);
    const restored = await everything();
    expect(restored.schema).toEqual(seeded.schema);
    expect(restored.rows).toEqual(seeded.rows);
    // The append-only trigger is back and works.
    await expect(env.DB.prepare("DELETE FROM change_log").run()).rejects.toThrow(/append-only/);
  });
});
