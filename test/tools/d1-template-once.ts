// Vitest global setup: migrates and seeds one local D1 before any file runs, and hands its folder
// to the files that start a real worker. Each of them copies it into a folder of its own (a copy
// takes milliseconds; migrating and seeding anew took seconds per file), so every file still
// starts from the same freshly seeded database and none sees another's writes.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { prepareLocalDatabase } from "../../scripts/lib/local-db";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "fuyuan-d1-template-"));
  await prepareLocalDatabase({ persistTo: dir });
  project.provide("d1Template", dir);
  return () => rm(dir, { recursive: true, force: true });
}
