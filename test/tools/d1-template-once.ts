// Vitest global setup: migrates and seeds one local D1 for the files that start a real worker, and
// hands them its folder. Each of them copies it into a folder of its own (a copy takes
// milliseconds; migrating and seeding anew took seconds per file), so every file still starts from
// the same freshly seeded database and none sees another's writes.
// The preparation is not awaited here: the worker and domain tests need no copy and start at once,
// and a file that does waits for the marker `ready` (or `failed`, with the reason) in the folder.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { prepareLocalDatabase } from "../../scripts/lib/local-db";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "fuyuan-d1-template-"));
  const state = path.join(dir, "state");
  const prepared = prepareLocalDatabase({ persistTo: state }).then(
    () => writeFile(path.join(dir, "ready"), ""),
    (err: unknown) => writeFile(path.join(dir, "failed"), err instanceof Error ? (err.stack ?? err.message) : String(err)),
  );
  project.provide("d1Template", dir);
  return async () => {
    await prepared;
    await rm(dir, { recursive: true, force: true });
  };
}
