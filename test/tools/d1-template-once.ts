// Vitest global setup: migrates and seeds one local D1 for the files that start a real worker, and
// hands them its folder. Each test process copies it once for the `wrangler dev` its browser files
// share (test/addin/browser/harness.ts puts the seed back between them), and a file with a worker
// of its own copies it for that worker, so every file starts from the same freshly seeded database.
// The preparation is not awaited here: the worker and domain tests need no copy and start at once,
// and a file that does waits for the marker `ready` (or `failed`, with the reason) in the folder.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { unstable_splitSqlQuery as splitSqlQuery } from "wrangler";
import { openLocalDb, prepareLocalDatabase, root } from "../../scripts/lib/local-db";

/**
 * Applies schema/migrations the way `wrangler d1 migrations apply --local` does (its own table,
 * its own statement splitter, one file with its record at a time), but through one platform proxy:
 * starting wrangler's CLI for it cost about 6 s of the template's 8.
 */
async function applyMigrations(persistTo: string): Promise<void> {
  const dir = path.join(root, "schema/migrations");
  const files = (await readdir(dir)).filter((f) => f.endsWith(".sql")).sort();
  const { d1, close } = await openLocalDb(persistTo);
  try {
    await d1.exec("CREATE TABLE IF NOT EXISTS d1_migrations(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL);");
    for (const file of files) {
      const statements = splitSqlQuery(await readFile(path.join(dir, file), "utf8"));
      await d1.batch([...statements.map((q) => d1.prepare(q)), d1.prepare("INSERT INTO d1_migrations (name) VALUES (?)").bind(file)]);
    }
  } finally {
    await close();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "fuyuan-d1-template-"));
  const state = path.join(dir, "state");
  const prepared = applyMigrations(state).then(() => prepareLocalDatabase({ persistTo: state })).then(
    () => writeFile(path.join(dir, "ready"), ""),
    (err: unknown) => writeFile(path.join(dir, "failed"), err instanceof Error ? (err.stack ?? err.message) : String(err)),
  );
  project.provide("d1Template", dir);
  return async () => {
    await prepared;
    await rm(dir, { recursive: true, force: true });
  };
}
