import path from "node:path";
import { defineConfig } from "vitest/config";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { startRobotReceiver } from "./scripts/lib/robot-receiver";

// Three projects: the worker inside workerd against a real local D1 with the real migrations,
// the pure domain core in Node, and the add-in's workbook code against office-addin-mock.
export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(import.meta.dirname, "schema/migrations"));
  // A real HTTP receiver of the 企业微信 / 钉钉 / webhook formats on 127.0.0.1, for the worker's
  // reminder deliveries (the worker reaches it by RECEIVER_URL); it never keeps vitest running.
  const receiver = await startRobotReceiver(0, true);
  return {
    test: {
      // Three files at a time on two cores: the browser and CLI tests spend part of their time waiting
      // on wrangler dev, Chromium and a rate-limit window (measured here: 2 workers 122 s, 3 workers
      // 108–112 s for vitest alone; 4 workers were slower than 3 when last measured). The add-in is built once, before any file runs;
      // the seeded D1 the real-worker files copy is prepared meanwhile (d1-template-once.ts).
      maxWorkers: 3,
      globalSetup: ["test/tools/build-addin-once.ts", "test/tools/d1-template-once.ts"],
      projects: [
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: "./wrangler.toml" },
              // TODAY fixes the ledger's day for every request, so no worker test reads the clock.
              miniflare: { bindings: { TEST_MIGRATIONS: migrations, TODAY: "2026-12-01", RECEIVER_URL: receiver.url, FIRST_RETRY_SECONDS: "1" } },
            }),
          ],
          test: {
            name: "worker",
            include: ["test/worker/**/*.test.ts"],
            // One workerd for every file instead of one per file; setup.ts empties the database
            // before each file, so storage is still isolated per file.
            isolate: false,
            setupFiles: ["test/worker/setup.ts"],
          },
        },
        // The Node projects reuse one worker across their files (isolate: false): their modules keep
        // no state between files, and evaluating them once per worker instead of once per file
        // halves the domain project's time.
        {
          test: { name: "domain", environment: "node", isolate: false, include: ["test/domain/**/*.test.ts", "test/seed/**/*.test.ts"] },
        },
        {
          // The command-line tools a newcomer uses (admin CLI against a real local D1 and worker).
          test: { name: "tools", environment: "node", isolate: false, include: ["test/tools/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 180_000 },
        },
        {
          test: {
            name: "addin",
            environment: "node",
            isolate: false,
            include: ["test/addin/**/*.test.ts"],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            // A pane's answer to a click waits on the worker and a redraw: on two loaded cores that took
            // over vitest's default second (a revocation's status line, once); polls give it five.
            expect: { poll: { timeout: 5_000 } },
          },
        },
      ],
    },
  };
});
