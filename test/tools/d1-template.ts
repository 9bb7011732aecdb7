// The copy of the global setup's seeded D1 (d1-template-once.ts) that a file starts its worker on.
import { existsSync, readFileSync } from "node:fs";
import { cp } from "node:fs/promises";
import path from "node:path";
import { inject } from "vitest";

/** Copies the seeded database into `persistTo`, once the global setup has prepared it. */
export async function copySeededD1(persistTo: string, timeoutMs = 120_000): Promise<void> {
  const dir = inject("d1Template");
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(path.join(dir, "ready"))) {
    if (existsSync(path.join(dir, "failed"))) throw new Error(`the seeded D1 could not be prepared:\n${readFileSync(path.join(dir, "failed"), "utf8")}`);
    if (Date.now() > deadline) throw new Error(`the seeded D1 was not ready within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await cp(path.join(dir, "state"), persistTo, { recursive: true });
}
